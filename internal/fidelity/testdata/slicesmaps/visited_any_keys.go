// A set of visited things of several kinds, keyed by any: points with a
// String method, names, and points taken from a []any.
package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	visited := map[any]bool{Point{0, 0}: true, "start": true}
	queue := []any{Point{0, 0}, Point{0, 1}, "start", Point{1, 1}, Point{0, 1}}
	for _, item := range queue {
		if visited[item] {
			fmt.Println("again:", item)
			continue
		}
		visited[item] = true
	}
	var names []string
	for k := range visited {
		names = append(names, fmt.Sprint(k))
	}
	sort.Strings(names)
	fmt.Println(len(visited), names)
	delete(visited, queue[3])
	fmt.Println(visited[Point{1, 1}], visited[Point{0, 1}])
}
