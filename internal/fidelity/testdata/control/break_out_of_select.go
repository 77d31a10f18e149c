package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan struct{})
	go func() {
		for i := range 3 {
			ch <- i
		}
		close(done)
	}()
	n := 0
loop:
	for {
		select {
		case v := <-ch:
			n += v
		case <-done:
			break loop
		}
	}
	fmt.Println("sum", n)
}
