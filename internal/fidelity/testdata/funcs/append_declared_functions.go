// Functions the program declares appended by their names to a slice of
// functions (a middleware chain).
package main

import (
	"fmt"
	"strings"
)

type Handler func(string) string

func trim(s string) string  { return strings.TrimSpace(s) }
func upper(s string) string { return strings.ToUpper(s) }
func exclaim(s string) string {
	return s + "!"
}

func Twice[T any](f func(T) T) func(T) T { return func(x T) T { return f(f(x)) } }

func double(x int) int { return 2 * x }

func main() {
	var chain []Handler
	chain = append(chain, trim, upper)
	chain = append(chain, exclaim)
	s := "  hello "
	for _, h := range chain {
		s = h(s)
	}
	fmt.Println(s)
	var fs []func(int) int
	fs = append(fs, double, Twice(double))
	fmt.Println(len(fs), fs[0](3), fs[1](3))
}
