package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func Print[T any](label string, vs []T) {
	fmt.Printf("%s: %v\n", label, vs)
}

func Join[T any](vs ...T) string {
	parts := make([]string, 0, len(vs))
	for _, v := range vs {
		parts = append(parts, fmt.Sprint(v))
	}
	return strings.Join(parts, ", ") + " " + fmt.Sprint(vs)
}

func Counts[K comparable](xs []K) map[K]int {
	m := map[K]int{}
	for _, x := range xs {
		m[x]++
	}
	fmt.Println("counts:", m)
	return m
}

func Last[T any](vs []T) {
	if len(vs) > 0 {
		fmt.Printf("last of %d: %v, all %+v\n", len(vs), vs[len(vs)-1], vs)
	}
}

func main() {
	Print("colors", []Color{Green, Red, Blue})
	Print("points", []Point{{1, 2}, {3, 4}})
	Print("temps", []Celsius{21.5, 19})
	Print("ints", []int{1, 2, 3})
	fmt.Println(Join(Red, Blue))
	fmt.Println(Join(Celsius(-3)))
	Counts([]Color{Red, Red, Blue})
	Counts([]string{"a", "b", "a"})
	Last([]Point{{5, 6}})
}
