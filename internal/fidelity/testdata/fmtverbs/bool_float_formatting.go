package main

import "fmt"

func main() {
	fmt.Println(true, 1.0, 2.5e10, 1e-7, float32(0.1), 100000000.0)
	fmt.Println(3/2, 3.0/2, -7/2, -7%3)
	fmt.Printf("%t %v %.3v\n", false, 1e6, 3.14159)
}
