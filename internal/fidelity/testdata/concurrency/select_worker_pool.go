package main

import (
	"fmt"
	"sync"
)

func main() {
	const workers = 100
	var wg sync.WaitGroup
	jobs := make([]chan int, workers)
	results := make(chan int, workers)
	quit := make(chan struct{})
	for i := range jobs {
		jobs[i] = make(chan int)
	}
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			sum := 0
			for {
				select {
				case n := <-jobs[id]:
					sum += n * id
				case <-quit:
					results <- sum
					return
				}
			}
		}(i)
	}
	for round := 1; round <= 200; round++ {
		for i := 0; i < workers; i++ {
			jobs[i] <- round
		}
	}
	close(quit)
	wg.Wait()
	close(results)
	total := 0
	for r := range results {
		total += r
	}
	fmt.Println("total:", total)
}
