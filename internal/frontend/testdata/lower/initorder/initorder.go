// Package-level variables are initialized in declaration order, each after
// the variables its value uses; yaegi ran the values in another order
// (and lost the trace of the first ones).
package main

import "fmt"

var (
	_ = d
	_ = f("_", c, b)
	a = f("a")
	b = f("b")
	c = f("c")
	d = f("d")
)

var trace []string

var total int = a + b + d

func f(s string, rest ...int) int {
	trace = append(trace, s)
	return len(trace)
}

func init() {
	trace = append(trace, "init")
}

func main() {
	fmt.Println(trace, a, b, c, d, total)
}

// Output:
// [a b c _ d init] 1 2 3 5 8
