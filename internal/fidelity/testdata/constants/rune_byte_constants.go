package main

import "fmt"

func main() {
	const c = 'A'
	var b byte = c + 2
	r := c + 1
	fmt.Println(b, string(rune(b)), r, string(r))
	fmt.Printf("%T %T\n", r, b)
	fmt.Println('a'-'A', "x"+string(rune(0x4e16)))
}
