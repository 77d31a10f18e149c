// A declared function converted to iter.Seq and iter.Seq2, then ranged
// over and collected.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func nums(yield func(int) bool) {
	for i := range 3 {
		if !yield(i * 10) {
			return
		}
	}
}

func pairs(yield func(string, int) bool) { _ = yield("a", 1) && yield("b", 2) }

func main() {
	seq := iter.Seq[int](nums)
	for v := range seq {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(seq))
	var all iter.Seq2[string, int] = iter.Seq2[string, int](pairs)
	fmt.Println(maps.Collect(all))
}
