package main

import "fmt"

type Base struct{ ID int }
type Item struct {
	Base
	Name string
}

func main() {
	a := Item{Base{1}, "x"}
	b := Item{Base: Base{ID: 1}, Name: "x"}
	fmt.Println(a == b)
	b.ID = 2
	fmt.Println(a == b)
}
