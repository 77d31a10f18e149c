package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Vec struct{ X, Y int }

func (v Vec) String() string { return fmt.Sprintf("(%d,%d)", v.X, v.Y) }

type Grid[T any] struct{ Cells []T }

func (g Grid[T]) String() string { return fmt.Sprintf("grid of %d", len(g.Cells)) }

type Code struct{ N int }

func (c Code) Error() string { return fmt.Sprintf("code %d", c.N) }

type Point[T any] struct{ X, Y T }

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%d|%v|%s|%x|\n", p, p, p, p)
	q := Pair[int, int]{8, 5}
	fmt.Printf("%d %v %o %b\n", q, q, q, q)
	fmt.Printf("%5d|%-4d|%+d\n", q, q, q)

	v := Vec{3, 4}
	fmt.Printf("%d %v\n", v, v)
	fmt.Printf("%d %v\n", &v, &v)

	g := Grid[int]{[]int{1, 2, 3}}
	fmt.Printf("%d %v\n", g, g)

	fmt.Printf("%d %v\n", Code{7}, Code{7})

	pairs := []Pair[string, int]{{"x", 1}, {"y", 2}}
	fmt.Printf("%d %v\n", pairs, pairs)
	m := map[string]Pair[int, int]{"k": {9, 10}}
	fmt.Printf("%d %v\n", m, m)

	pt := Point[int]{10, 255}
	fmt.Printf("%x %X %o %v\n", pt, pt, pt, pt)
	pts := []Point[uint8]{{1, 2}, {254, 255}}
	fmt.Printf("%x %d %v\n", pts, pts, pts)

	s := fmt.Sprintf("%d", Pair[int, int]{1, 2})
	fmt.Println(s)
}
