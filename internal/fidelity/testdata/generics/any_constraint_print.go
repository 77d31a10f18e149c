package main

import "fmt"

func PrintAll[T any](xs ...T) {
	for i, x := range xs {
		fmt.Printf("%d:%v(%T) ", i, x, x)
	}
	fmt.Println()
}

func main() {
	PrintAll(1, 2)
	PrintAll("a")
	PrintAll[any](1, "b", 2.5)
}
