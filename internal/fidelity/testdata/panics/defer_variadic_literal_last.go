package main

import "fmt"

func g() {
	defer func(a ...int) { fmt.Println("v", a) }(1, 2)
	fmt.Println("in g")
}

func main() {
	g()
	g()
	fmt.Println("after")
}
