// Two enum types of the same representation, both with a String method:
// a value held in an any (from a variable, a call, a constant) asserted to
// fmt.Stringer and sort.Interface, in comma-ok form, alone and in a type
// switch, is the value itself.
package main

import (
	"fmt"
	"sort"
)

type Color int
type Size int
type Pt struct{ X, Y int }
type Byx []int

func (c Color) String() string { return "color" }
func (s Size) String() string  { return "size" }
func (p Pt) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func (b Byx) Len() int           { return len(b) }
func (b Byx) Less(i, j int) bool { return b[i] < b[j] }
func (b Byx) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func mk() Color { return 2 }

type Plain []string

func kind(v any) string {
	switch x := v.(type) {
	case fmt.Stringer:
		return "stringer " + x.String()
	case sort.Interface:
		return fmt.Sprint("sorter ", x.Len())
	}
	return "other"
}

func main() {
	c := Color(1)
	var v any = c
	s := v.(fmt.Stringer)
	fmt.Println(s, s.String())
	p := Pt{1, 2}
	var pv any = p
	ps, ok := pv.(fmt.Stringer)
	fmt.Println(ps, ok)
	fmt.Println(kind(c), kind(mk()), kind(Size(3)), kind(p), kind(Byx{3, 1}), kind(Plain{"a"}), kind(5))
	var b any = Byx{3, 1, 2}
	if si, ok := b.(sort.Interface); ok {
		sort.Sort(si)
	}
	fmt.Println(b)
	for _, x := range []any{Color(0), Size(1), mk()} {
		if st, ok := x.(fmt.Stringer); ok && st != nil {
			fmt.Println("stringer", st)
		}
	}
}
