package main

import "fmt"

func f() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func main() {
	fmt.Println(f())
}
