package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
)

func main() {
	jobs := []string{"a", "b", "c", "d", "e"}
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	var done []string
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			time.Sleep(time.Millisecond)
			mu.Lock()
			done = append(done, strings.ToUpper(j))
			mu.Unlock()
		}()
	}
	wg.Wait()
	slices.Sort(done)
	fmt.Println(done)
}
