package main

import (
	"fmt"
	"strings"
	"sync"
)

func process(s string) string {
	return strings.ToUpper(s) + fmt.Sprint(len(s))
}

func main() {
	inputs := strings.Fields("the quick brown fox jumps over the lazy dog")
	results := make([]string, len(inputs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 3)
	for i, in := range inputs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			results[i] = process(in)
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(results, " "))
	type res struct {
		idx int
		out string
	}
	ch := make(chan res)
	for i, in := range inputs[:4] {
		go func(i int, s string) { ch <- res{i, process(s)} }(i, in)
	}
	ordered := make([]string, 4)
	for range 4 {
		r := <-ch
		ordered[r.idx] = r.out
	}
	fmt.Println(ordered)
}
