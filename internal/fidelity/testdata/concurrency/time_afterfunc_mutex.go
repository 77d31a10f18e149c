package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var fired []int
	var wg sync.WaitGroup
	for i := 3; i >= 1; i-- {
		wg.Add(1)
		time.AfterFunc(time.Duration(i)*2*time.Millisecond, func() {
			defer wg.Done()
			mu.Lock()
			fired = append(fired, i)
			mu.Unlock()
		})
	}
	t := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stopped:", t.Stop())
	wg.Wait()
	sort.Ints(fired)
	fmt.Println(fired)
	done := make(chan bool)
	timer := time.NewTimer(time.Millisecond)
	go func() {
		<-timer.C
		done <- true
	}()
	fmt.Println(<-done)
	timer.Reset(time.Millisecond)
	<-timer.C
	fmt.Println("reset fired")
}
