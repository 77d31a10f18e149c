package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

type Vec struct {
	X, Y float64
}

type Named struct {
	Name  string
	Tags  []string
	Color Color
	Pos   *Vec
	inner map[string]int
}

type ID uint32

type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "%.1f°C", float64(t))
	default:
		fmt.Fprintf(f, "%%!%c(Temp)", verb)
	}
}

func main() {
	n := Named{Name: "n1", Tags: []string{"a", "b"}, Color: Blue, Pos: &Vec{1, 2.5}, inner: map[string]int{"k": 1}}
	fmt.Printf("%v\n", n.Color)
	fmt.Printf("%d %s %q %x %5v| %-6v|\n", n.Color, n.Color, n.Color, n.Color, n.Color, n.Color)
	fmt.Printf("%+v\n", *n.Pos)
	fmt.Printf("%#v\n", *n.Pos)
	fmt.Printf("%T %T %T %T\n", n, n.Color, n.Pos, n.Tags)
	fmt.Printf("%v\n", n.Tags)
	fmt.Printf("%q\n", n.Tags)
	fmt.Printf("%#v\n", n.Tags)
	fmt.Printf("%#v\n", n.Color)
	id := ID(255)
	fmt.Printf("%v %d %x %X %08b %o %#x %T\n", id, id, id, id, id, id, id, id)
	fmt.Printf("%#v\n", id)
	v := Vec{3.14159, -2}
	fmt.Printf("%v %.2f %8.3f|%-8.1f|\n", v, v.X, v.X, v.Y)
	fmt.Printf("%6.2v|%e|%g|%G\n", v.X, v.X, 1e21, 1e-7)
	fmt.Printf("%v %s\n", Temp(21.55), Temp(-3))
	fmt.Printf("%d\n", Temp(1))
	fmt.Println(Temp(4))
	fmt.Printf("%x %X % x %q\n", "hi", []byte("hi"), "abc", 'x')
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%v %+v\n", []Color{Red, Blue}, map[Color]int{Green: 1})
	fmt.Printf("%3c|%-4q|%U\n", 'A', 'B', 'é')
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, 3.14159)
	fmt.Printf("%!|%z|%d\n", 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%s\n", 42)
	type local struct {
		A int
		B string
	}
	fmt.Printf("%v %+v\n", local{1, "x"}, local{2, "y"})
	var np *Vec
	fmt.Printf("%v %+v\n", np, np)
	fmt.Printf("%v\n", struct {
		C Color
		V *Vec
	}{Green, nil})
}
