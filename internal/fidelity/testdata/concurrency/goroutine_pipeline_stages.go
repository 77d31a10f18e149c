package main

import (
	"fmt"
	"strings"
	"sync"
)

func gen(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func mapStage(in <-chan string, f func(string) string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for s := range in {
			out <- f(s)
		}
	}()
	return out
}

func merge(cs ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	for _, c := range cs {
		wg.Add(1)
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	src := gen("alpha", "beta", "gamma", "delta")
	upper := mapStage(src, strings.ToUpper)
	excl := mapStage(upper, func(s string) string { return s + "!" })
	for s := range excl {
		fmt.Println(s)
	}
	total := 0
	for s := range merge(gen("a", "bb"), gen("ccc"), gen()) {
		total += len(s)
	}
	fmt.Println("total", total)
}
