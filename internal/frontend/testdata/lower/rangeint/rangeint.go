// Range over integers the type check knows: a call's result, a type
// parameter's, a typed constant's, with the key of the type of the range.
package main

import "fmt"

type Integer interface{ ~uint8 }

type small uint8

func count() int { return 3 }

func upTo[T Integer](n T) (out []T) {
	for i := range n {
		out = append(out, i)
	}
	return out
}

func main() {
	for i := range count() {
		fmt.Print(i)
	}
	fmt.Println()
	fmt.Println(upTo(uint8(4)), upTo(small(3)))
	const n small = 2
	for i := range n {
		fmt.Print(i+255, " ") // small arithmetic wraps
	}
	fmt.Println()
	var k int64
	for k = range 3 {
	}
	fmt.Println(k)
}

// Output:
// 012
// [0 1 2 3] [0 1 2]
// 255 0
// 2
