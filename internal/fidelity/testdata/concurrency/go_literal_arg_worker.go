package main

import (
	"fmt"
	"sync"
)

type Config struct {
	Name  string
	Times int
}

func worker(cfg Config, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	for i := 0; i < cfg.Times; i++ {
		out <- cfg.Name
	}
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	wg.Add(2)
	go worker(Config{Name: "a", Times: 2}, &wg, out)
	go worker(Config{Name: "b", Times: 1}, &wg, out)
	wg.Wait()
	close(out)
	n := 0
	for range out {
		n++
	}
	fmt.Println("messages:", n)
}
