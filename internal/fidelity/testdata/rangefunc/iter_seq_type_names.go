// %T of the iterator types of iter and of the functions returning them
// names the generic instances as Go does.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Pred func(int) bool

func evens(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	var s iter.Seq[int] = slices.Values([]int{1})
	fmt.Printf("%T\n", s)
	fmt.Printf("%T\n", slices.All([]string{"a"}))
	fmt.Printf("%T %T\n", evens(4), maps.Keys(map[string]int{}))
	fmt.Printf("%T\n", []iter.Seq[string]{strings.SplitSeq("a,b", ",")})
	var p Pred = func(int) bool { return true }
	fmt.Printf("%T\n", p)
	fmt.Println(slices.Collect(evens(7)))
}
