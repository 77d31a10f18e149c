// The take and fan-in stages of "Concurrency in Go": a select case that
// sends a value received from another channel (case out <- <-in).
package main

import (
	"fmt"
	"sort"
	"sync"
)

func repeatFn(done <-chan interface{}, fn func() interface{}) <-chan interface{} {
	s := make(chan interface{})
	go func() {
		defer close(s)
		for {
			select {
			case <-done:
				return
			case s <- fn():
			}
		}
	}()
	return s
}

func take(done <-chan interface{}, in <-chan interface{}, n int) <-chan interface{} {
	out := make(chan interface{})
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			select {
			case <-done:
				return
			case out <- <-in:
			}
		}
	}()
	return out
}

func fanIn(done <-chan interface{}, channels ...<-chan interface{}) <-chan interface{} {
	var wg sync.WaitGroup
	multiplexed := make(chan interface{})
	multiplex := func(c <-chan interface{}) {
		defer wg.Done()
		for i := range c {
			select {
			case <-done:
				return
			case multiplexed <- i:
			}
		}
	}
	wg.Add(len(channels))
	for _, c := range channels {
		go multiplex(c)
	}
	go func() {
		wg.Wait()
		close(multiplexed)
	}()
	return multiplexed
}

func main() {
	done := make(chan interface{})
	defer close(done)
	var mu sync.Mutex
	n := 0
	gen := func() interface{} { mu.Lock(); defer mu.Unlock(); n++; return n }
	var chans []<-chan interface{}
	for i := 0; i < 4; i++ {
		chans = append(chans, take(done, repeatFn(done, gen), 5))
	}
	var got []int
	for v := range fanIn(done, chans...) {
		got = append(got, v.(int))
	}
	sort.Ints(got)
	fmt.Println(len(got), got[0] >= 1)
	seen := map[int]bool{}
	for _, g := range got {
		seen[g] = true
	}
	fmt.Println("distinct", len(seen))
}
