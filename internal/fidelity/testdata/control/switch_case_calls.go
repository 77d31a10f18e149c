package main

import "fmt"

func id(n int) int { return n }

func main() {
	x := 2
	switch x {
	case id(1), id(2):
		fmt.Println("matched")
	default:
		fmt.Println("default")
	}
	a, b := 1, 2
	switch x {
	case a, b:
		fmt.Println("matched vars")
	default:
		fmt.Println("default vars")
	}
}
