package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	var v any = Green
	fmt.Println(v)
	fmt.Printf("%v %s %d %q\n", v, v, v, v)
	values := []any{Red, 42, "text", Blue, 3.5}
	fmt.Println(values)
	for i, x := range values {
		fmt.Printf("%d: %v\n", i, x)
	}
	fmt.Println(values...)
}
