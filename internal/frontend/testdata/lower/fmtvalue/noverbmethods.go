// A value of a struct type with a String or Error method (a generic
// type's instance too) printed with a verb that calls no method (%d, %o):
// fmt prints its fields, where the interpreter handed fmt its wrapper for
// the method.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprint(p.Key, "=", p.Val) }

type Vec struct{ X, Y int }

func (v Vec) String() string { return "vec" }

type Code struct{ N int }

func (c Code) Error() string { return "code" }

func main() {
	p := Pair[int, int]{8, 5}
	fmt.Printf("%d %v %o\n", p, p, p)
	v := Vec{3, 4}
	fmt.Printf("%d %v %d\n", v, v, &v)
	fmt.Printf("%d %v\n", Code{7}, Code{7})
}

// Output:
// {8 5} 8=5 {10 5}
// {3 4} vec &{3 4}
// {7} code
