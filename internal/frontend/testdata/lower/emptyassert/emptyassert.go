// An assertion, or a type switch case, to an interface without methods
// takes every value but nil (the interpreter took none without methods).
package main

import "fmt"

type Empty interface{}

func main() {
	var x any = 6
	_, ok := x.(any)
	v, ok2 := x.(interface{})
	e, ok3 := x.(Empty)
	switch y := x.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", y)
	case any:
		fmt.Println("any", y)
	}
	var n any
	_, ok4 := n.(any)
	switch n.(type) {
	case any:
		fmt.Println("nil is any")
	default:
		fmt.Println("nil is not any")
	}
	fmt.Println(ok, v, ok2, e, ok3, ok4, x.(any))
	defer func() { fmt.Println(recover()) }()
	fmt.Println(n.(Empty))
}

// Output:
// any 6
// nil is not any
// true 6 true 6 true false 6
// interface conversion: interface is nil, not main.Empty
