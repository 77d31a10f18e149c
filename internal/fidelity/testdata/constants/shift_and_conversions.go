package main

import (
	"fmt"
	"math"
)

func main() {
	var s uint = 3
	fmt.Println(1<<s, int8(1)<<6, uint32(1)<<31)
	f := 3.9
	fmt.Println(int(f), int(-f), uint8(258%256))
	var i int = -1
	fmt.Println(uint32(i), uint8(i))
	fmt.Println(math.MaxInt64, math.MinInt64)
}
