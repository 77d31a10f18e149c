package main

import (
	"fmt"
	"strings"
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

func upper(in <-chan string) <-chan string {
	out := make(chan string, 2)
	go func() {
		defer close(out)
		for w := range in {
			out <- strings.ToUpper(w)
		}
	}()
	return out
}

func count(in <-chan string) <-chan map[string]int {
	out := make(chan map[string]int, 1)
	go func() {
		m := map[string]int{}
		for w := range in {
			m[w]++
		}
		out <- m
	}()
	return out
}

func main() {
	res := <-count(upper(gen("go", "Go", "rust", "GO", "zig")))
	fmt.Println(res)
	done := make(chan struct{})
	ticks := make(chan int)
	go func() {
		defer close(ticks)
		for i := 0; ; i++ {
			select {
			case ticks <- i:
			case <-done:
				return
			}
		}
	}()
	sum := 0
	for v := range ticks {
		sum += v
		if v == 10 {
			close(done)
			break
		}
	}
	fmt.Println("sum", sum)
}
