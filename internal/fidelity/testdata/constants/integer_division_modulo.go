package main

import "fmt"

func main() {
	fmt.Println(7/2, -7/2, 7%-3, -7%3)
	fmt.Println(7.0/2, float64(7)/2)
	var a, b = 17, 5
	fmt.Println(a/b, a%b, a&b, a|b, a^b, a&^b)
}
