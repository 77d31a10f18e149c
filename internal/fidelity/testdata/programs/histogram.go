package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	scores := []int{55, 67, 72, 88, 91, 45, 78, 83, 99, 62}
	buckets := make(map[int]int)
	for _, s := range scores {
		buckets[s/10*10]++
	}
	keys := make([]int, 0, len(buckets))
	for k := range buckets {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("%3d-%3d | %s\n", k, k+9, strings.Repeat("*", buckets[k]))
	}
}
