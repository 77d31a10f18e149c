package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(id, n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- fmt.Sprintf("p%d-%d", id, i)
		}
	}()
	return ch
}

func fanIn(chs []<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, ch := range chs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range ch {
				out <- v
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	var chs []<-chan string
	for id := range 3 {
		chs = append(chs, producer(id, 2))
	}
	var got []string
	for v := range fanIn(chs) {
		got = append(got, v)
	}
	sort.Strings(got)
	fmt.Println(got)
}
