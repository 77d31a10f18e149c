package main

import (
	"fmt"
	"sort"
)

type P struct{ X int }

func (p *P) Get() int { return p.X }

var kept []*P

func (p *P) Keep() { kept = append(kept, p) }

type Pair [2]int

func (p Pair) First() int     { return p[0] }
func (p Pair) String() string { return fmt.Sprint("pair", p[0]) }

type Tags []string

func (t Tags) String() string { return fmt.Sprint("tags", []string(t)) }

type Lener interface{ Len() int }

func (t Tags) Len() int { return len(t) }

func register(reg *[]fmt.Stringer, s fmt.Stringer) { *reg = append(*reg, s) }

// Loop variables, and literals made in a loop, kept past their iteration
// through a field's address, an array's slice, a method value, a pointer
// method, an interface and a deferred receiver: each iteration's own.
func main() {
	var xs []*int
	var gets []func() int
	for _, p := range []P{{1}, {2}, {3}} {
		xs = append(xs, &p.X)
		gets = append(gets, p.Get)
		p.Keep()
	}
	fmt.Println(*xs[0], *xs[1], *xs[2], gets[0](), gets[2](), kept[0].X, kept[2].X)

	var halves [][]int
	for _, a := range [][2]int{{1, 2}, {3, 4}} {
		halves = append(halves, a[:])
	}
	fmt.Println(halves)

	var as []any
	var ls []Lener
	var reg []fmt.Stringer
	var maps []*map[string]int
	for i := range 3 {
		as = append(as, Pair{i, i})
		var l Lener = Tags{fmt.Sprint(i)}
		ls = append(ls, l)
		register(&reg, Tags{"r", fmt.Sprint(i)})
		maps = append(maps, &map[string]int{"i": i})
	}
	fmt.Println(as, ls, reg, *maps[0], *maps[2])

	shapes := []fmt.Stringer{}
	for _, n := range []int{3, 1, 2} {
		shapes = append(shapes, Pair{n, 0}, Tags{fmt.Sprint(n)})
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].String() < shapes[j].String() })
	fmt.Println(shapes)

	func() {
		for i := range 3 {
			defer Pair{i, i}.First()
			defer fmt.Println(Pair{i, 0}.String())
		}
	}()
}
