// A struct literal assigned to a variable whose address was taken before:
// the interpreter put a value of its own in the variable's place, and
// the pointer kept the old one.
package main

import (
	"fmt"
	"strings"
)

type P struct{ X int }

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

var g P

func main() {
	pg := &g
	g = P{5}
	fmt.Println(pg.X)

	var cur P
	var ps []*P
	for i := range 3 {
		cur = P{i + 10}
		ps = append(ps, &cur)
	}
	fmt.Println(ps[0].X, ps[2].X)

	var q P
	reset := func() { q = P{7} }
	pq := &q
	reset()
	pq.X++
	fmt.Println(q)

	var c Counter
	inc := c.Inc
	c = Counter{n: 10}
	inc()
	fmt.Println(c.n)

	var sb strings.Builder
	psb := &sb
	sb = strings.Builder{}
	psb.WriteString("ab")
	fmt.Println(sb.Len())
}

// Output:
// 5
// 12 12
// {8}
// 11
// 2
