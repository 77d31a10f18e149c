// Two struct types with the same fields, one with a String method, kept
// together in a []any and told apart by type switches and assertions.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type Size struct{ X, Y int }

func describe(v any) string {
	switch v := v.(type) {
	case Point:
		return "point " + v.String()
	case *Point:
		return "pointer to point " + v.String()
	case Size:
		return fmt.Sprintf("size %dx%d", v.X, v.Y)
	default:
		return fmt.Sprintf("something else: %v", v)
	}
}

func main() {
	p := Point{1, 2}
	s := Size{3, 4}
	items := []any{p, &p, s, &s, struct{ X, Y int }{5, 6}}
	for _, it := range items {
		fmt.Printf("%-30s %v %T\n", describe(it), it, it)
	}
	fmt.Println(items...)
	_, isSize := items[0].(Size)
	_, isPoint := items[2].(Point)
	fmt.Println(isSize, isPoint, items[0] == any(Point{1, 2}), items[2] == any(Point{3, 4}))
	byShape := map[any]string{Point{0, 0}: "origin", Size{0, 0}: "empty"}
	fmt.Println(len(byShape), byShape[Point{}], byShape[Size{}])
	var q Point = struct{ X, Y int }{7, 8}
	fmt.Printf("%v %+v %#v\n", q, Size(q), Size(q))
}
