// Goroutines started in a loop, each given its iteration's value as an
// argument, as a captured loop variable and through a named function, many
// rounds over: every goroutine sees its own value.
package main

import (
	"fmt"
	"sync"
)

func record(v int, mu *sync.Mutex, seen map[int]bool, wg *sync.WaitGroup) {
	defer wg.Done()
	mu.Lock()
	seen[v] = true
	mu.Unlock()
}

func main() {
	bad := 0
	for round := 0; round < 500; round++ {
		var wg sync.WaitGroup
		var mu sync.Mutex
		seen := map[int]bool{}
		for v := 0; v < 6; v++ {
			wg.Add(3)
			go func(v int) {
				defer wg.Done()
				mu.Lock()
				seen[v] = true
				mu.Unlock()
			}(v)
			go func() {
				defer wg.Done()
				mu.Lock()
				seen[v+6] = true
				mu.Unlock()
			}()
			go record(v+12, &mu, seen, &wg)
		}
		wg.Wait()
		if len(seen) != 18 {
			bad++
		}
	}
	fmt.Println("rounds where a goroutine saw another iteration's value:", bad)
}
