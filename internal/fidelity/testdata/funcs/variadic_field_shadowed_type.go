// Refused: a variadic function held in a struct field, called with several
// values of a type a local type declaration hides where the call is.
package main

import "fmt"

type pt int

type B struct{ f func(...pt) int }

func mk() B { return B{f: func(p ...pt) int { return len(p) }} }

func main() {
	type pt string
	b := mk()
	var s pt = "x"
	fmt.Println(b.f(1, 2), s)
}
