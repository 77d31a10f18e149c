package main

import "fmt"

type Point struct {
	X, Y int
	Tag  string
}

func main() {
	p := Point{1, 2, "a"}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", p, p, p, p)
	fmt.Printf("%v %+v\n", &p, &p)
}
