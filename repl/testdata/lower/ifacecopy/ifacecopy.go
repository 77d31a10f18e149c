// A struct value stored in an interface is a copy: a later change to the
// variable does not show through the interface (yaegi stored the variable
// itself).
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }

type Holder interface{ Value() int }

func keep(h Holder) Holder { return h }

func asAny(c Counter) any { return c }

type Box struct {
	H Holder
	A any
}

func main() {
	c := Counter{}
	var h Holder = c
	var a any = c
	conv := Holder(c)
	passed := keep(c)
	list := []Holder{c}
	box := Box{H: c, A: c}
	ch := make(chan Holder, 1)
	ch <- c
	var later Holder
	later = c
	ret := asAny(c)
	c.Inc()
	fmt.Println(c.Value(), h.Value(), a.(Counter).n, conv.Value(), passed.Value(), list[0].Value())
	fmt.Println(box.H.Value(), box.A.(Counter).n, (<-ch).Value(), later.Value(), ret.(Counter).n)
	cs := []Counter{{1}}
	var elem Holder = cs[0]
	cs[0].Inc()
	fmt.Println(elem.Value(), cs[0].Value())
	var seen []Holder
	for range 3 {
		seen = append(seen, c) // a copy each time round
		c.Inc()
	}
	fmt.Println(seen[0].Value(), seen[1].Value(), seen[2].Value())
}

// Output:
// 1 0 0 0 0 0
// 0 0 0 0 0
// 1 2
// 1 2 3
