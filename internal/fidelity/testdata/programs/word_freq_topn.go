package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief.`

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	freq := make(map[string]int)
	for _, w := range words {
		freq[w]++
	}
	keys := slices.Collect(maps.Keys(freq))
	slices.SortFunc(keys, func(a, b string) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		return strings.Compare(a, b)
	})
	for _, k := range keys[:5] {
		fmt.Printf("%-6s %d %s\n", k, freq[k], strings.Repeat("#", freq[k]))
	}
	fmt.Println(len(words), len(freq))
	byLen := map[int][]string{}
	for _, k := range slices.Sorted(maps.Keys(freq)) {
		byLen[len(k)] = append(byLen[len(k)], k)
	}
	fmt.Println(byLen[5])
}
