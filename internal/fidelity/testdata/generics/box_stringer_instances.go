// A generic box with a String method, several instances of it passed
// around as any.
package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.V) }

func describe(v any) string { return fmt.Sprint("got ", v) }

func main() {
	var x any = Box[int]{5}
	var y any = Box[string]{"s"}
	fmt.Println(x, y)
	fmt.Println([]any{x, y, Box[bool]{true}})
	fmt.Println(describe(Box[float64]{1.5}), describe(y))
}
