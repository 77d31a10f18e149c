package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"red", "green"}[c] }

type Point struct{ X, Y int }
type Label struct {
	Text  string
	Color Color
	At    *Point
}

func main() {
	vals := []any{Point{1, 2}, &Point{3, 4}, Label{"hi", Green, nil}, Green, []Point{{5, 6}}, map[string]Color{"a": Red}, [2]bool{true}, struct{ N int }{7}}
	for _, v := range vals {
		fmt.Printf("%#v\n", v)
	}
	m := map[string]any{"p": Point{}, "c": Green}
	fmt.Printf("%#v\n", m["p"])
	fmt.Printf("%#v %#v\n", m["c"], Label{Text: "x"})
}
