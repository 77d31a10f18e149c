// A package-level variable initialized with a string's byte: the index is
// converted to byte (the interpreter said "constant definition loop");
// indexes in functions are left alone.
package main

import "fmt"

var s = "abc"

var c = s[0]

var d = s[1] - s[0]

var z = s[2] == 'c'

func last(t string) byte { return t[len(t)-1] }

func main() {
	fmt.Println(c, d, z, last(s))
	fmt.Printf("%T\n", c)
}

// Output:
// 97 1 true 99
// uint8
