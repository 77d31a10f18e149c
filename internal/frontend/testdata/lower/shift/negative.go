// Shifts by a negative count panic; counts of loops that count up from 0
// are left unchecked; unsigned and constant counts need no check.
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	x, n := 1, -1
	var n8 int8 = -3
	var u uint = 2
	try(func() { _ = x << n })
	try(func() { _ = x >> n8 })
	try(func() { x <<= n })
	mask := 0
	for i := 0; i < 4; i++ {
		mask |= 1 << i
	}
	for i := range 3 {
		mask |= 16 << i
	}
	fmt.Println(mask, x<<u, x<<2, x>>(n+3))
}

// Output:
// runtime error: negative shift amount
// runtime error: negative shift amount
// runtime error: negative shift amount
// 127 4 4 0
