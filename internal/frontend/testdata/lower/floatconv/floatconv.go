// A float converted to an integer type narrower than 64 bits goes through
// a compiled conversion (out of range, the machine's result, which the
// interpreter's conversion through int64 did not give; see
// repl/floatconv_test.go). Constants are the type check's.
package main

import "fmt"

type Level uint8

func main() {
	f := 100.7
	var g float32 = -5.5
	fmt.Println(int8(f), int16(-f), int32(f), uint8(f), uint16(f), uint32(f), Level(f), int32(g), int(f), int8(3.0))
}

// Output:
// 100 -100 100 100 100 100 100 -5 100 3
