package main

import "fmt"

// Code written before Go 1.21 declares its own min and max, and programs
// declare names of the universe for their own use: the package's names
// win within it.

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func min(xs ...int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

type error struct {
	code int
	msg  string
}

func print(args ...any) { fmt.Println(append([]any{"log:"}, args...)...) }

const iota = 100

func main() {
	print(max(3, 9), min(4, 2, 8), iota)
	e := error{404, "not found"}
	print(e.code, e.msg)
	fmt.Printf("%T %+v\n", e, e)
	var held any = e
	fmt.Println(held)
}
