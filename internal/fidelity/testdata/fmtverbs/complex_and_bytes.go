package main

import "fmt"

func main() {
	c := complex(1, -2)
	fmt.Println(c, real(c), imag(c))
	fmt.Printf("%v %.1f\n", c*c, c)
	fmt.Println([]byte("hi"), string([]byte{72, 73}))
	fmt.Printf("%s %v\n", []byte("hi"), [2]byte{1, 2})
}
