package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type kv struct {
	Key   string
	Count int
}

func main() {
	text := "the quick brown fox jumps over the lazy dog the fox"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	var pairs []kv
	for k, v := range counts {
		pairs = append(pairs, kv{k, v})
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].Count != pairs[j].Count {
			return pairs[i].Count > pairs[j].Count
		}
		return pairs[i].Key < pairs[j].Key
	})
	fmt.Println(pairs[:4])
	keys := slices.Sorted(maps.Keys(counts))
	fmt.Println(keys)
	rev := sort.Reverse(sort.StringSlice(keys))
	sort.Sort(rev)
	fmt.Println(keys[:3])
	fl := []float64{2.5, -1, 3, 0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.SearchFloat64s(fl, 2.5))
}
