package main

import (
	"fmt"
	"sort"
)

type ByLen []string

func (b ByLen) Len() int           { return len(b) }
func (b ByLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b ByLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Person struct {
	Name string
	Age  int
}
type People []Person

func (p People) Len() int           { return len(p) }
func (p People) Less(i, j int) bool { return p[i].Age < p[j].Age }
func (p People) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

func main() {
	words := []string{"banana", "kiwi", "apple", "fig", "cherry"}
	sort.Sort(ByLen(words))
	fmt.Println(words)
	sort.Sort(sort.Reverse(ByLen(words)))
	fmt.Println(words)
	ps := People{{"a", 30}, {"b", 20}, {"c", 30}, {"d", 10}}
	sort.Stable(sort.Reverse(ps))
	fmt.Println(ps, sort.IsSorted(ps))
	i := sort.Search(len(ps), func(i int) bool { return ps[i].Age <= 20 })
	fmt.Println(i)
	ints := []int{5, 2, 8}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.SearchInts([]int{1, 3, 5}, 4))
}
