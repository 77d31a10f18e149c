package main

import (
	"fmt"
	"sort"
	"sync"
)

// Literals of slice, array and map type declared in a loop body: each
// iteration's variable is a new one, which closures, goroutines and
// pointers keep.
func main() {
	var fs []func() int
	for i := range 3 {
		s := []int{i}
		fs = append(fs, func() int { return s[0] })
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())

	var ps []*[2]int
	for i := 0; i < 3; i++ {
		var a = [2]int{i, i * i}
		ps = append(ps, &a)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])

	var addrs []*[1]int
	var slices []*[]string
	for _, w := range []string{"a", "b"} {
		addrs = append(addrs, &[1]int{len(addrs)})
		slices = append(slices, &[]string{w})
	}
	fmt.Println(*addrs[0], *addrs[1], *slices[0], *slices[1])

	var mu sync.Mutex
	var wg sync.WaitGroup
	var got []string
	for _, name := range []string{"x", "y", "z"} {
		tags := map[string]string{"name": name}
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, tags["name"])
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)

	var nested []func() []int
	for i := range 2 {
		if i >= 0 {
			var typed []int = []int{i, -i}
			nested = append(nested, func() []int { return typed })
		}
	}
	fmt.Println(nested[0](), nested[1]())

	var kept [][]int
	i := 0
again:
	k := [2]int{i}
	kept = append(kept, k[:])
	i++
	if i < 3 {
		goto again
	}
	fmt.Println(kept)
}
