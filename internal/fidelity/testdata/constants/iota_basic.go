package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

func main() {
	fmt.Println(A, B, C, E)
}
