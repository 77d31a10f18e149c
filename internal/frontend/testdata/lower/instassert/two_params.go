// Assertions to an instance of a generic type of two type parameters with
// a method, in a script: through the alias lower_geninstance.go names the
// instance by (the assertion failed to compile: " is not a type").
package main

import "fmt"

type Pair[K comparable, V any] struct {
	K K
	V V
}

func (p Pair[K, V]) String() string { return fmt.Sprint(p.K, "=", p.V) }

func main() {
	var x any = Pair[string, int]{"a", 1}
	if p, ok := x.(Pair[string, int]); ok {
		fmt.Println("pair", p.K, p)
	}
	_, ok := x.(Pair[int, int])
	fmt.Println(ok)
	switch v := x.(type) {
	case Pair[int, int]:
		fmt.Println("wrong", v)
	case Pair[string, int]:
		fmt.Println("right", v.V)
	}
}

// Output:
// pair a a=1
// false
// right 1
