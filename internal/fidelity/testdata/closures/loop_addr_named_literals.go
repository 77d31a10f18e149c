package main

import "fmt"

type Row []int

func (r Row) Len() int { return len(r) }

type Grid [2]int

func (g *Grid) String() string { return fmt.Sprint("grid", *g) }

type Lener interface{ Len() int }

// The address of a literal of a named slice, array or map type with
// methods, taken in a loop and held in an interface: each iteration's own.
func main() {
	var xs []any
	var ls []Lener
	for i := 0; i < 2; i++ {
		xs = append(xs, &Row{i, i})
		ls = append(ls, &Row{i})
		var s fmt.Stringer = &Grid{i, 2}
		fmt.Println(s)
	}
	fmt.Println(len(xs), *xs[0].(*Row), *xs[1].(*Row), ls[0].Len(), *ls[1].(*Row))
	ms := map[int]*map[string]int{}
	for i := range 3 {
		ms[i] = &map[string]int{"n": i}
	}
	fmt.Println(*ms[0], *ms[2])
}
