package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := `Go is expressive, concise, clean, and efficient. Its concurrency
mechanisms make it easy to write programs that get the most out of multicore
and networked machines. Go is fun.`
	counts := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,")
		counts[w]++
	}
	type wc struct {
		w string
		n int
	}
	var all []wc
	for w, n := range counts {
		all = append(all, wc{w, n})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		return all[i].w < all[j].w
	})
	for _, e := range all[:5] {
		fmt.Printf("%-6s %d\n", e.w, e.n)
	}
}
