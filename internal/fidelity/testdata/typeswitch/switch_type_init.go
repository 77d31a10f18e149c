// A type switch with an init statement, on a value of a type with a
// String method.
package main

import "fmt"

type Code int

func (c Code) String() string { return fmt.Sprintf("C%d", int(c)) }

func lookup(k string) (any, bool) {
	m := map[string]any{"a": Code(1), "b": 2.5}
	v, ok := m[k]
	return v, ok
}

func main() {
	for _, k := range []string{"a", "b", "c"} {
	Kind:
		switch v, ok := lookup(k); x := v.(type) {
		case fmt.Stringer:
			fmt.Println(k, "stringer", x, ok)
		case float64:
			if x > 2 {
				break Kind
			}
			fmt.Println(k, "float", x)
		default:
			fmt.Println(k, "other", x, ok)
		}
	}
	var v any = Code(3)
	switch n := 2; v.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", n)
	}
}
