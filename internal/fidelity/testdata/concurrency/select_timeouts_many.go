package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []string
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			reply := make(chan string, 1)
			if i%2 == 0 {
				reply <- fmt.Sprintf("reply %d", i)
			}
			select {
			case r := <-reply:
				mu.Lock()
				got = append(got, r)
				mu.Unlock()
			case <-time.After(50 * time.Millisecond):
				mu.Lock()
				got = append(got, fmt.Sprintf("timeout %d", i))
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	sort.Strings(got)
	for _, s := range got {
		fmt.Println(s)
	}
}
