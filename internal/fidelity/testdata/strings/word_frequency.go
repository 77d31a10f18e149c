package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func main() {
	text := "It was the best of times, it was the worst of times"
	freq := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		freq[w]++
	}
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range freq {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})
	for _, e := range list[:4] {
		fmt.Println(e.k, e.v)
	}
}
