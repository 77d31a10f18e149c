// Deferred calls of compiled variadic functions with a spread slice get
// its elements, taken at the defer statement.
package main

import (
	"fmt"
	"strings"
)

func main() {
	xs := []any{1, "a"}
	defer fmt.Println(xs...)
	defer fmt.Printf("%d-%s\n", xs...)
	parts := []string{"a", "b"}
	defer fmt.Println(strings.Join(parts, "+"))
	defer func() { fmt.Println(append([]string{"z"}, parts...)) }()
	xs[0] = 2
	for i := range 2 {
		defer fmt.Println(append([]any{i}, xs...)...)
	}
}
