package main

import (
	"fmt"
	"strings"
)

type settings struct {
	port int
	host string
	set  bool
}

func lookup(env map[string]string, name string) string {
	fmt.Println("lookup", name)
	return strings.ToUpper(name)
}

func main() {
	defaults := map[string]int{"port": 8080}
	port := 80
	port, ok := defaults["port"]
	fmt.Println(port, ok)
	port, ok = defaults["timeout"]
	fmt.Println(port, ok)

	env := map[string]string{"HOST": "example.org"}
	var s settings
	s.host = "localhost"
	s.host, s.set = env[lookup(env, "user")]
	fmt.Printf("%q %v\n", s.host, s.set)

	counts := []int{3, 3}
	words := map[string]int{"go": 2}
	for i, w := range []string{"go", "rust"} {
		if n, found := words[w]; found {
			fmt.Println(w, "seen", n)
		} else {
			fmt.Println(w, "new", n)
		}
		counts[i], ok = words[w]
	}
	fmt.Println(counts, ok)

	last := "none"
	last, _ = env["MISSING"]
	fmt.Printf("%q\n", last)
}
