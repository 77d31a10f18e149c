// A * width or precision given as a value of a named integer type.
package main

import "fmt"

type Lvl int
type Width uint8

func main() {
	fmt.Printf("[%*d]\n", Lvl(4), 1)
	fmt.Printf("[%-*s]\n", Width(6), "ab")
	fmt.Printf("[%.*f]\n", Lvl(2), 3.14159)
	w := Lvl(5)
	fmt.Printf("[%*v]\n", w, "x")
}
