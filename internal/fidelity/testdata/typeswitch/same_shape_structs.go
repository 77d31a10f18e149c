package main

import "fmt"

type Meters struct{ V float64 }
type Feet struct{ V float64 }

func unit(v any) string {
	switch v.(type) {
	case Meters:
		return "m"
	case Feet:
		return "ft"
	}
	return "?"
}

func main() {
	fmt.Println(unit(Meters{1}), unit(Feet{1}))
	_, ok := any(Feet{2}).(Meters)
	fmt.Println(ok)
}
