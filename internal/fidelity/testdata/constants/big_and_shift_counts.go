package main

import "fmt"

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

func main() {
	// Constants beyond 64 bits compute exactly while they stay constant.
	fmt.Println(YB/ZB, YB > EB, ZB/EB*EB == ZB)
	var signBit uint64 = 1 << 63
	fmt.Println(signBit, signBit>>60)
	// A shift count computed from a shift.
	level := 2
	flags := 1
	fmt.Println(flags<<(1<<level), 3<<(level<<1))
}
