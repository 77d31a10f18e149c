// fmt's formatting functions called through a function value and a
// variadic wrapper: values of your struct types print with Go's field
// names, also unexported ones.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

type account struct {
	owner   string
	balance int
}

type formatter func(string, ...any) string

func logf(format string, args ...any) string {
	return "log: " + fmt.Sprintf(format, args...)
}

func render(f formatter, v any) string { return f("%v|%+v", v, v) }

func main() {
	f := fmt.Sprintf
	fmt.Println(f("%+v %v", account{"ann", 10}, Point{1, 2}))
	fmt.Println(f("%+v", &account{"bob", 3}))
	fmt.Println(render(fmt.Sprintf, account{"cy", 7}))
	fmt.Println(logf("%d items, %s", 3, strings.Repeat("x", 2)))
	fmt.Println(logf("%v and %+v", Point{3, 4}, Point{5, 6}))
	table := map[string]formatter{"plain": fmt.Sprintf}
	fmt.Println(table["plain"]("%q %x", "hi", 255))
}
