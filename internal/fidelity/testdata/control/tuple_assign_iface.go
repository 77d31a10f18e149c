// Several values assigned at once to variables of interface types that
// held values of the program's types with methods: a call's results, a
// range's key and value, a range over a function, plain values.
package main

import (
	"fmt"
	"slices"
	"strconv"
	"sync"
)

type Point struct{ X int }

func (p *Point) Area() int { return p.X * p.X }

type Square struct{ s float64 }

func (q Square) String() string { return fmt.Sprint("sq", q.s) }

type Shape interface{ Area() int }

func lookup() (any, error) { return 5, nil }

func main() {
	var m sync.Map
	m.Store("k", 5)
	var v any = &Point{1}
	var ok bool
	v, ok = m.Load("k")
	fmt.Println(v, ok)

	var w any = Square{3}
	var err error
	w, err = lookup()
	fmt.Println(w, err)

	res := []any{Point{2}}
	res[0], err = strconv.Atoi("7")
	fmt.Println(res, err)

	var st fmt.Stringer
	var i int
	for i, st = range []Square{{3}, {4}} {
		fmt.Println(i, st)
	}
	fmt.Println("after:", i, st)

	var k string
	for k, st = range map[string]Square{"a": {5}} {
		fmt.Println(k, st)
	}

	var sh Shape
	for i, sh = range []*Point{{2}, {3}} {
		fmt.Println(i, sh.Area())
	}
	for i, st = range slices.All([]Square{{6}, {7}}) {
		fmt.Println(i, st)
	}
	fmt.Println("after:", i, st)

	st = Square{1}
	x := Square{2}
	i, st = 9, x
	fmt.Println(i, st)
}
