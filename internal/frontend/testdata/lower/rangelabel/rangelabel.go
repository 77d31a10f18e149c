// A labeled range over an integer keeps its label where it was: a goto
// back to it from after the loop ran (yaegi jumped into the block the
// rewriter put around the loop, and the program printed nothing at all).
package main

import "fmt"

func main() {
	rounds := 0
	goto L
L:
	for i := range 2 {
		fmt.Println("round", rounds, "i", i)
	}
	rounds++
	if rounds < 3 {
		goto L
	}
	var j int64
Outer:
	for j = range 4 {
		for k := range uint8(3) {
			if k == 1 {
				continue Outer
			}
			if j == 2 {
				break Outer
			}
			fmt.Println(j, k)
		}
	}
	fmt.Println("j", j)
}

// Output:
// round 0 i 0
// round 0 i 1
// round 1 i 0
// round 1 i 1
// round 2 i 0
// round 2 i 1
// 0 0
// 1 0
// j 2
