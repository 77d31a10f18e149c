// A pointer and a slice made by generic code of its type parameter, put
// in an interface and asserted to those of the representation: refused.
package main

import "fmt"

type Port int

func IsIntPtr[T any]() bool {
	var v T
	_, ok := any(&v).(*int)
	return ok
}

func SliceAny[T any](v T) any { return []T{v} }

func main() {
	fmt.Println(IsIntPtr[Port](), IsIntPtr[int]())
	_, ok := SliceAny(Port(1)).([]int)
	fmt.Println(ok)
}
