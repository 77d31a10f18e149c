// A generic function that asserts to its type parameter, or to an
// interface whose methods mention one, runs as a copy written for each
// instantiation (the interpreter missed case T with T = any or an
// interface, and checked interface{ foo() T } as written).
package main

import "fmt"

type cell struct{ n int }

func (c cell) foo() int { return c.n }

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

// Is reports whether v holds a T.
func Is[T any](v any) bool {
	_, ok := v.(T)
	return ok
}

func kind[T any](v any) string {
	switch x := v.(type) {
	case T:
		return fmt.Sprint("T ", x)
	case int:
		return fmt.Sprint("int ", x)
	case interface{ foo() T }:
		return fmt.Sprint("fooer ", x.foo())
	}
	return "other"
}

func main() {
	fmt.Println(Is[any](1), Is[Shape](Sq{2}), Is[Shape](3), Is[error](nil))
	fmt.Println(kind[any](7), kind[int](7), kind[int](cell{8}), kind[string](cell{9}))
	fmt.Println(kind[fmt.Stringer](7), kind[Shape](Sq{1}))
}

// Output:
// true true false false
// T 7 T 7 fooer 8 other
// int 7 T {1}
