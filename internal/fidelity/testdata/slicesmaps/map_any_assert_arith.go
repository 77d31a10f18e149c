// Arithmetic on an assertion stored back into an interface: a counter in
// a map[string]any, a slice of any, a variable, a return into any.
package main

import "fmt"

func add(a, b any) any { return a.(int) + b.(int) }

func main() {
	m := map[string]any{"n": 1, "s": "a"}
	for range 3 {
		m["n"] = m["n"].(int) * 10
		m["s"] = m["s"].(string) + "b"
	}
	fmt.Println(m)

	xs := []any{1, 2}
	xs[0] = xs[0].(int) + xs[1].(int)
	fmt.Println(xs)

	var v any = 3
	v = v.(int) + 1
	v = v.(int) << 2
	fmt.Println(v, add(v, 2))

	var f any = 1.5
	f = -f.(float64) * 2
	fmt.Println(f)
}
