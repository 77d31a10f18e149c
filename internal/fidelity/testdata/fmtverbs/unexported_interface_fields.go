// Unexported fields of interface types: fmt prints the value each holds,
// calling none of its methods, as it prints any unexported field.
package main

import "fmt"

type Level int

func (l Level) String() string { return "LVL" }

type CodeErr struct{ code int }

func (e CodeErr) Error() string { return fmt.Sprint("code ", e.code) }

type result struct {
	name string
	lvl  fmt.Stringer
	err  error
	Err  error
}

func main() {
	r := result{"job", Level(2), CodeErr{7}, CodeErr{8}}
	fmt.Println(r)
	fmt.Printf("%v|%+v\n", r, r)
	var none result
	fmt.Printf("%v|%+v\n", none, none)
	fmt.Println([]result{r})
}
