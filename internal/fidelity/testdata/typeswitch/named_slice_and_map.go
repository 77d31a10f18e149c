package main

import "fmt"

type Names []string
type Env map[string]string

func what(v any) string {
	switch v.(type) {
	case []string:
		return "[]string"
	case Names:
		return "Names"
	case map[string]string:
		return "map"
	case Env:
		return "Env"
	}
	return "?"
}

func main() {
	fmt.Println(what(Names{}), what([]string{}), what(Env{}), what(map[string]string{}))
}
