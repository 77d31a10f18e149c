// Assertions and type switch cases of instances of generic types: yaegi
// did not find the instance as an assertion's type ("type not found:
// main.Box[string]", or a crash instantiating a generic function).
package main

import "fmt"

type Box[T any] struct{ V T }

func unbox[T any](x any) (T, bool) {
	if b, ok := x.(Box[T]); ok {
		return b.V, true
	}
	var zero T
	return zero, false
}

func kind[T any](x any) string {
	switch v := x.(type) {
	case Box[T]:
		return fmt.Sprint("mine ", v.V)
	case Box[string]:
		return "string " + v.V
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	var x any = Box[int]{7}
	_, isString := x.(Box[string])
	fmt.Println(isString)
	fmt.Println(unbox[int](x))
	fmt.Println(unbox[string](x))
	fmt.Println(kind[int](x), kind[int](Box[string]{"s"}), kind[int](nil), kind[bool](x))
}

// Output:
// false
// 7 true
//  false
// mine 7 string s nil other
