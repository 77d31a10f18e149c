package main

import "fmt"

func main() {
	defer func() { fmt.Println(recover()) }()
	n := -1
	_ = make([]int, n)
}
