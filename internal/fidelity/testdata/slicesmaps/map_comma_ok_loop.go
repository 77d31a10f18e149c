// Counting words, and looking each name up in a map inside a loop: a
// missing key gives the zero value, not the previous iteration's.
package main

import "fmt"

func main() {
	ages := map[string]int{"ann": 31, "bob": 42}
	for _, name := range []string{"ann", "carl", "bob", "dora"} {
		age, ok := ages[name]
		if !ok {
			fmt.Printf("%s: unknown (age %d)\n", name, age)
			continue
		}
		fmt.Printf("%s: %d\n", name, age)
	}
	seen := map[string][]string{}
	for _, w := range []string{"go", "is", "go"} {
		prev, ok := seen[w]
		fmt.Println(w, prev, ok)
		seen[w] = append(prev, w)
	}
}
