package main

import (
	"fmt"
	"sort"
)

func main() {
	f := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(f)
	fmt.Println(f)
	s := []string{"b", "C", "a"}
	sort.Sort(sort.Reverse(sort.StringSlice(s)))
	fmt.Println(s)
}
