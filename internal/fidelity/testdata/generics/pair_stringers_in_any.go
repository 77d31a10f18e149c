// Values of two instances of a generic pair type with a String method,
// kept in interfaces and printed in a slice and a map.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func main() {
	var first any = Pair[int, bool]{3, true}
	items := []any{first, Pair[string, int]{"a", 1}}
	fmt.Println(items)
	for _, it := range items {
		fmt.Printf("%v %s\n", it, it)
	}
	byName := map[string]any{"x": Pair[string, float64]{"pi", 3.14}}
	fmt.Println(byName)
}
