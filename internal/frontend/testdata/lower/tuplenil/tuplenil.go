// nil among the values of an assignment of several takes its variable's
// type (yaegi panicked: "reflect: New(nil)").
package main

import (
	"errors"
	"fmt"
)

func parse(s string) (n int, err error) {
	if s == "" {
		n, err = 0, errors.New("empty")
		return
	}
	n, err = len(s), nil
	return
}

func main() {
	fmt.Println(parse("abc"))
	fmt.Println(parse(""))
	var p *int
	var s []string
	var m map[string]int
	x := 3
	p, s, m = &x, nil, nil
	fmt.Println(*p, s == nil, m == nil)
	var a, b *int = nil, &x
	fmt.Println(a == nil, *b)
}

// Output:
// 3 <nil>
// 0 empty
// 3 true true
// true 3
