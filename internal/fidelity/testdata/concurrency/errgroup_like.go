package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i == 1 {
				errs <- fmt.Errorf("task %d failed", i)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		fmt.Println(err)
	}
}
