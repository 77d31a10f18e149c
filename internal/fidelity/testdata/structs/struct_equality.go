package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

func main() {
	a := P{1, 2, "a"}
	b := P{1, 2, "a"}
	c := P{1, 3, "a"}
	fmt.Println(a == b, a == c, a != c)
	m := map[P]int{a: 1}
	fmt.Println(m[b])
}
