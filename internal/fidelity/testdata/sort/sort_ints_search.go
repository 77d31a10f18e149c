package main

import (
	"fmt"
	"sort"
)

func main() {
	s := []int{9, 3, 7, 1}
	sort.Ints(s)
	fmt.Println(s, sort.IntsAreSorted(s))
	fmt.Println(sort.SearchInts(s, 7), sort.SearchInts(s, 4))
	i := sort.Search(len(s), func(i int) bool { return s[i] >= 8 })
	fmt.Println(i)
}
