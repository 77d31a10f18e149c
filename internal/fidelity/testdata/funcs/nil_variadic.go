// nil passed on as a variadic parameter's slice.
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) (int, bool) {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t, nums == nil
}

type Joiner struct{ sep string }

func (j Joiner) Join(prefix string, parts ...string) string {
	return prefix + strings.Join(parts, j.sep)
}

func main() {
	fmt.Println(sum(nil...))
	fmt.Println(sum([]int{1, 2}...))
	fmt.Println(Joiner{","}.Join("p:", nil...))
	count := func(xs ...any) int { return len(xs) }
	fmt.Println(count(nil...), count(nil), fmt.Sprint(nil...) == "")
}
