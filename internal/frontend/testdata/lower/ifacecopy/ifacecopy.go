// Values of types with methods converted to interfaces, each a copy: in
// every place a conversion happens, to the program's interfaces, to any
// and to compiled interfaces, from variables changed afterwards.
package main

import (
	"fmt"
	"io"
	"sort"
)

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Tri [3]int

func (t Tri) Area() int { return t[0] + t[1] + t[2] }

type Holder struct{ S Shape }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

// counter is an io.Writer.
type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

var kept []Shape

func keep(s Shape) { kept = append(kept, s) }

func mk() Shape {
	s := Sq{1}
	defer func() { s.S = 5 }()
	return s
}

func all[T any](xs []T) []any {
	var out []any
	for _, x := range xs {
		out = append(out, x)
	}
	return out
}

func areas(ss ...Shape) (out []int) {
	for _, s := range ss {
		out = append(out, s.Area())
	}
	return out
}

func main() {
	p := Sq{1}
	var a any = p
	var sh Shape = p
	p.S = 10
	fmt.Println(a.(Sq).S, sh.Area())

	var names []fmt.Stringer
	for _, c := range []Color{0, 1, 2} {
		names = append(names, c)
	}
	fmt.Println(names[0].String(), names[1].String(), names[2].String())

	var shapes []Shape
	for _, s := range []Sq{{3}, {1}, {2}} {
		shapes = append(shapes, s)
	}
	fmt.Println(areas(shapes...))

	cur := Sq{0}
	m := map[int]Shape{}
	ch := make(chan any, 3)
	var hs []Holder
	var lits [][]Shape
	for i := 1; i <= 3; i++ {
		cur.S = i
		m[i] = cur
		ch <- cur
		hs = append(hs, Holder{cur})
		lits = append(lits, []Shape{cur})
		keep(cur)
	}
	fmt.Println(m[1].Area(), (<-ch).(Sq).S, hs[0].S.Area(), lits[0][0].Area(), kept[0].Area())

	t := Tri{1, 2, 3}
	sh = t
	t[0] = 10
	fmt.Println(sh.Area(), mk().Area(), areas(cur, t))

	w1, w2 := []string{"a", "ccc", "bb"}, []string{"x", "yyy"}
	x := byLen(w1)
	rev := sort.Reverse(x)
	x = byLen(w2)
	sort.Sort(rev)
	fmt.Println(w1, w2)

	var last Shape
	var seen []Shape
	for _, last = range []Sq{{4}, {5}} {
		seen = append(seen, last)
	}
	fmt.Println(seen[0].Area(), last.Area())

	out := all([]Sq{{1}, {2}})
	fmt.Println(out[0].(Sq).S, out[1].(Sq).S)

	c := &counter{}
	fmt.Fprint(c, "four")
	var ws []io.Writer
	for i := 0; i < 2; i++ {
		c = &counter{i}
		ws = append(ws, c)
	}
	fmt.Fprint(io.MultiWriter(ws...), "ab")
	fmt.Println(c.n, ws[0].(*counter).n)
}

// Output:
// 1 1
// red green blue
// [9 1 4]
// 1 1 1 1 1
// 6 1 [9 15]
// [ccc bb a] [x yyy]
// 16 25
// 1 2
// 3 2
