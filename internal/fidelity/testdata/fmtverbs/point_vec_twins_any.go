package main

import "fmt"

type Point struct{ X, Y int }
type Vec struct{ X, Y int }

func main() {
	p := Point{1, 2}
	v := Vec{3, 4}
	items := []any{p, v, &p, Point{}, Vec{X: 9}}
	for _, it := range items {
		fmt.Printf("%v | %+v | %#v | %T\n", it, it, it, it)
	}
	m := map[string]any{"p": p, "v": v}
	fmt.Printf("%v\n%+v\n", m, m)
	type holder struct {
		Name string
		Val  any
	}
	hs := []holder{{"point", p}, {"vec", v}}
	fmt.Printf("%+v\n", hs)
	fmt.Printf("%#v\n", hs[1])
}
