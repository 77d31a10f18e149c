package main

import (
	"fmt"
	"sync"
)

func work(wg *sync.WaitGroup, mu *sync.Mutex) {
	defer wg.Done()
	mu.Lock()
	defer mu.Unlock()
	defer fmt.Println("cleanup")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
			panic(fmt.Sprint("again: ", r))
		}
	}()
	panic("boom")
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	defer func() {
		fmt.Println("main recovered:", recover())
		mu.Lock()
		fmt.Println("lock ok")
		wg.Wait()
		fmt.Println("done")
	}()
	wg.Add(1)
	work(&wg, &mu)
}
