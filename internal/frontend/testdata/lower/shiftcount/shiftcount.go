// A negative shift count panics, as in Go (yaegi shifted by it as by a
// huge unsigned count: 1 << n with n = -1 was 0).
package main

import "fmt"

func count() int { fmt.Println("count"); return -2 }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	mask := 0
	for i := 0; i < 8; i++ {
		mask |= 1 << i
	}
	var u uint = 3
	fmt.Println(mask, mask>>u, 1<<u)
	n := -1
	x := 8
	try("assign", func() { x <<= n })
	try("call", func() { fmt.Println(x << count()) })
	try("cond", func() { fmt.Println(n > 0 && 1<<n > 0) })
	var i8 int8 = -3
	try("int8", func() { fmt.Println(uint8(1) << i8) })
	k := 1
	for j := 1; j < 100; j <<= k {
		fmt.Print(j, " ")
	}
	fmt.Println()
	var big int64 = 70
	fmt.Println(int64(1)<<big, uint32(1)<<(big-40))
}

// Output:
// 255 31 8
// assign runtime error: negative shift amount
// count
// call runtime error: negative shift amount
// false
// cond <nil>
// int8 runtime error: negative shift amount
// 1 2 4 8 16 32 64
// 0 1073741824
