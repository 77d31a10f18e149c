// Refused: %#v of an any that may hold a named slice type without
// methods (the interpreter holds it as its representation, []int).
package main

import "fmt"

type IDs []int

func main() {
	var a any = IDs{9}
	fmt.Printf("%#v\n", a)
}
