package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.NewTicker(5 * time.Millisecond)
	defer limiter.Stop()
	start := time.Now()
	var served []int
	for req := range requests {
		<-limiter.C
		served = append(served, req)
	}
	elapsed := time.Since(start)
	fmt.Println(served, elapsed >= 20*time.Millisecond)
	burst := make(chan struct{}, 3)
	for range 3 {
		burst <- struct{}{}
	}
	got := 0
	timeout := time.After(50 * time.Millisecond)
loop:
	for {
		select {
		case <-burst:
			got++
		case <-timeout:
			break loop
		}
	}
	fmt.Println("burst served:", got)
}
