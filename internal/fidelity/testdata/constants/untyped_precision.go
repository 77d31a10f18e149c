package main

import "fmt"

const huge = 1 << 100
const third = 1.0 / 3

func main() {
	fmt.Println(huge >> 98)
	fmt.Println(third)
	var f32 float32 = third
	fmt.Println(f32)
	const big = 1e300 * 1e300 / 1e300
	fmt.Println(big)
}
