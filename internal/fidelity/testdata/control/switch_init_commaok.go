// Comma-ok forms assigned in the init of switch and type switch
// statements, empty ones too: a missing key gives the zero value.
package main

import "fmt"

func main() {
	m := map[string]any{"b": "pp"}
	var a any = "old"
	var ok bool
	switch a, ok = m["b"]; a.(type) {
	default:
		fmt.Println("1", a, ok)
	}
	a = "old"
	var x any = 5
	switch a, ok = x.(fmt.Stringer); a.(type) {
	default:
		fmt.Println("2", a, ok)
	}
	a = "old"
	ch := make(chan any)
	close(ch)
	switch a, ok = <-ch; a.(type) {
	default:
		fmt.Println("3", a, ok)
	}
	a = "old"
	switch a, ok = m["b"]; t := a.(type) {
	default:
		fmt.Println("4", a, ok, t)
	}
	var s fmt.Stringer
	mm := map[int]fmt.Stringer{}
	switch s, ok = mm[1]; s.(type) {
	case nil:
		fmt.Println("5 nil")
	}
	ok = true
	a = "old"
	switch a, ok = m["c"]; {
	}
	fmt.Println("6", a, ok)
	a = "old"
	switch a, ok = m["c"]; a.(type) {
	}
	fmt.Println("7", a, ok)
}
