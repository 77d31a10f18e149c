package main

import "fmt"

// List is a generic slice type with a String method, the only generic
// type of the program: its instances held in interfaces print through
// String.
type List[T any] []T

func (l List[T]) String() string { return fmt.Sprintf("%d items", len(l)) }

func describe(v any) string {
	if s, ok := v.(fmt.Stringer); ok {
		return "stringer " + s.String()
	}
	return fmt.Sprint("plain ", v)
}

func main() {
	var a any = List[int]{1, 2}
	var e any = List[string]{"x"}
	fmt.Println(a, e)
	fmt.Println(describe(List[bool]{true}), describe([]int{1}))
	vals := map[string]any{"l": List[int]{4, 5, 6}}
	fmt.Println(vals)
	fmt.Printf("%v %T\n", e, a)
}
