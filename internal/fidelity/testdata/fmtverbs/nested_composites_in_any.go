// Two levels of slices and maps of a Stringer type, held in an any.
package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Cell struct{ N int }

func show(v any) { fmt.Println(v) }

func main() {
	var grid any = [][]Color{{0, 1}, {2}}
	fmt.Println(grid)
	show([2][]Color{{1}, {2, 0}})
	show(map[string]map[string]Color{"a": {"b": 1}})
	show([]map[string]Color{{"x": 2}})
	show(&[][]Color{{1, 0}})
	show([][]Cell{{{1}}})
	show([][][]Color{{{2}}})
	fmt.Printf("%v %d\n", grid, grid)
}
