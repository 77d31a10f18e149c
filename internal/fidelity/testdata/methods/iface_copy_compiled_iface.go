package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	w1 := []string{"a", "ccc", "bb"}
	w2 := []string{"x", "yyy"}
	x := byLen(w1)
	rev := sort.Reverse(x)
	x = byLen(w2)
	sort.Sort(rev)
	fmt.Println(w1, w2)
}
