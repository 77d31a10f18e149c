package main

import "fmt"

func main() {
	result := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(result)
	msg := func() string {
		defer func() {}()
		return "iife"
	}()
	fmt.Println(msg)
}
