package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Printf("%#v\n", Zero[struct{ A int }]())
}
