// %T and %v of generic functions instantiated with the program's types.
package main

import "fmt"

type MyInt int

type Num interface{ ~int | ~float64 }

func Id[T any](x T) T { return x }

func Sum[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	fmt.Printf("%T\n", Id[MyInt])
	fmt.Printf("%T\n", Sum[MyInt])
	fmt.Printf("%T %v\n", Id[string], Id[string]("x"))
	f := Sum[float64]
	fmt.Println(f(1.5, 2), Sum[MyInt](1, 2, 3))
}
