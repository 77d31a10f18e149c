package main

import "fmt"

func main() {
	fmt.Printf("%q %q %q\n", "hi\n", 'x', []string{"a", "b"})
	fmt.Printf("%c %U %#U\n", 'G', 'é', 'é')
	fmt.Printf("%x % x %X\n", "hey", []byte("hey"), "hey")
}
