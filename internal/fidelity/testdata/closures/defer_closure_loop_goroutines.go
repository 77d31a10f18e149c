package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				mu.Lock()
				order = append(order, i)
				mu.Unlock()
			}()
		}()
	}
	wg.Wait()
	sort.Ints(order)
	fmt.Println(order)
}
