package main

import (
	"fmt"
	"strings"
)

type Pair[K comparable, V any] struct {
	K K
	V V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.K, p.V) }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Grid map[Point]rune

func main() {
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	var items []any
	for _, p := range ps {
		items = append(items, p)
	}
	fmt.Println(items, ps)
	g := Grid{{0, 0}: 'x', {1, 2}: 'o'}
	fmt.Println(len(g), g[Point{1, 2}] == 'o')
	var sb strings.Builder
	fmt.Fprintf(&sb, "%v|%s", Point{3, 4}, []Point{{1, 1}})
	fmt.Println(sb.String())
	m := map[string]any{"p": Point{5, 6}, "ps": []Point{{7, 8}}, "pair": ps[0]}
	fmt.Println(m)
	var arr [2]Point
	arr[1] = Point{9, 9}
	fmt.Println(arr, any(arr))
	ch := make(chan Point, 1)
	ch <- Point{1, 0}
	fmt.Println(<-ch)
	fn := func() any { return []Pair[string, int]{{"z", 26}} }
	fmt.Println(fn())
}
