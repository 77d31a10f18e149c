package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Result struct {
	Word  string
	Count int
}

func producer(lines []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, l := range lines {
			out <- l
		}
	}()
	return out
}

func splitter(in <-chan string, workers int) <-chan string {
	out := make(chan string, 10)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for line := range in {
				for _, w := range strings.Fields(line) {
					out <- strings.ToLower(strings.Trim(w, ".,!"))
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

type Counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *Counter) Add(w string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[w]++
}

func main() {
	lines := []string{
		"The quick brown fox.",
		"The lazy dog!",
		"A quick, quick fox",
		"dog eat dog",
	}
	c := &Counter{m: map[string]int{}}
	var wg sync.WaitGroup
	words := splitter(producer(lines), 3)
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for w := range words {
				c.Add(w)
			}
		}(i)
	}
	wg.Wait()
	var res []Result
	for w, n := range c.m {
		res = append(res, Result{w, n})
	}
	sort.Slice(res, func(i, j int) bool {
		if res[i].Count != res[j].Count {
			return res[i].Count > res[j].Count
		}
		return res[i].Word < res[j].Word
	})
	for _, r := range res {
		fmt.Printf("%-6s %d\n", r.Word, r.Count)
	}

	var once sync.Once
	var rw sync.RWMutex
	total := 0
	var wg2 sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			once.Do(func() { fmt.Println("init once") })
			rw.Lock()
			total += i
			rw.Unlock()
		}()
	}
	wg2.Wait()
	rw.RLock()
	fmt.Println("total", total)
	rw.RUnlock()
}
