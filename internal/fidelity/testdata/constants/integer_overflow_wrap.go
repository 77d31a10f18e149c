package main

import (
	"fmt"
	"math"
)

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var u uint8 = 0
	u--
	fmt.Println(u)
	var x int32 = math.MaxInt32
	x += 1
	fmt.Println(x)
	var y uint16 = 65535
	y *= 2
	fmt.Println(y)
}
