package main

import "fmt"

type Dir int
type P struct{ X, Y int }

func main() {
	p := P{3, 4}
	s := "b"
	x := 5
	for _, v := range []int{4, 5} {
		switch v {
		case p.X, p.Y:
			fmt.Println(v, "selector match")
		default:
			fmt.Println(v, "selector no")
		}
	}
	for _, v := range []int{-5} {
		switch v {
		case 0, -x:
			fmt.Println(v, "unary match")
		default:
			fmt.Println(v, "unary no")
		}
	}
	for _, d := range []Dir{2} {
		switch d {
		case Dir(1), Dir(x - 3):
			fmt.Println(d, "conv match")
		default:
			fmt.Println(d, "conv no")
		}
	}
	for _, v := range []string{"ab"} {
		switch v {
		case "x", "a" + s:
			fmt.Println(v, "concat match")
		default:
			fmt.Println(v, "concat no")
		}
	}
	ptr := &x
	for _, v := range []int{5} {
		switch v {
		case 0, *ptr:
			fmt.Println(v, "deref match")
		default:
			fmt.Println(v, "deref no")
		}
	}
	m := map[string]int{"k": 5}
	for _, v := range []int{5} {
		switch v {
		case 1, 2, m["k"]:
			fmt.Println(v, "third match")
		default:
			fmt.Println(v, "third no")
		}
	}
}
