// A store into an element of a field reached through a pointer, of a
// value with a call: the call runs first, then the bounds and nil checks.
package main

import "fmt"

type G struct {
	cells []int
	grid  [][]int
	arr   [4]int
}

var calls int

func f() int { calls++; return calls }

func (g *G) set(i int) { g.cells[i] = f() }

func (g *G) put(r, c int) { g.grid[r][c] = f() }

func (g *G) arrSet(i int) { g.arr[i] = f() }

func try(name string, fn func()) {
	defer func() { fmt.Println(name, recover(), calls) }()
	fn()
}

func main() {
	g := &G{cells: make([]int, 3), grid: [][]int{{0, 0}}}
	try("ok", func() { g.set(2) })
	try("range", func() { g.set(5) })
	try("grid", func() { g.put(0, 3) })
	try("grid row", func() { g.put(2, 0) })
	try("arr", func() { g.arrSet(7) })
	var n *G
	try("nil", func() { n.set(0) })
	try("nil arr", func() { n.arrSet(1) })
	fmt.Println(g.cells, g.grid, g.arr)
}
