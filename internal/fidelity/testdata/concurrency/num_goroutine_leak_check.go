// runtime.NumGoroutine counts the program's goroutines, as a check for
// leaked goroutines uses it.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func settle(want int) int {
	for i := 0; i < 2000 && runtime.NumGoroutine() != want; i++ {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	fmt.Println("start", runtime.NumGoroutine())
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-stop
		}()
	}
	fmt.Println("running", settle(6))
	close(stop)
	wg.Wait()
	fmt.Println("end", settle(1))
	leak := make(chan int)
	go func() { <-leak }()
	fmt.Println("leaked", settle(2)-1)
}
