// A function declared at the package level, put in an interface or
// returned, is a value of its type: type assertions and switches match
// it, and a returned one can be called.
package main

import "fmt"

func double(i int) int { return 2 * i }

func hello() { fmt.Println("hello") }

func pick() func() { return hello }

func main() {
	var v any = double
	f, ok := v.(func(int) int)
	fmt.Println(ok, f(4))
	for _, x := range []any{double, hello, 1} {
		switch x.(type) {
		case func(int) int:
			fmt.Println("func(int) int")
		case func():
			fmt.Println("func()")
		default:
			fmt.Println("other")
		}
	}
	pick()()
}

// Output:
// true 8
// func(int) int
// func()
// other
// hello
