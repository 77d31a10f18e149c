package main

import (
	"fmt"
	"time"
)

func generator(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- i
		}
	}()
	return ch
}

func merge(cs ...<-chan int) <-chan int {
	out := make(chan int)
	done := make(chan struct{})
	for _, c := range cs {
		go func() {
			for v := range c {
				out <- v
			}
			done <- struct{}{}
		}()
	}
	go func() {
		for range cs {
			<-done
		}
		close(out)
	}()
	return out
}

func main() {
	sum := 0
	count := 0
	for v := range merge(generator(5), generator(10), generator(3)) {
		sum += v
		count++
	}
	fmt.Println(sum, count)

	buf := make(chan string, 2)
	buf <- "a"
	buf <- "b"
	select {
	case buf <- "c":
		fmt.Println("sent c")
	default:
		fmt.Println("buffer full", len(buf), cap(buf))
	}
	close(buf)
	for s := range buf {
		fmt.Print(s)
	}
	v, ok := <-buf
	fmt.Printf(" %q %v\n", v, ok)

	var nilCh chan int
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	n := 0
loop:
	for {
		select {
		case <-nilCh:
			fmt.Println("never")
		case <-tick.C:
			n++
			if n == 3 {
				break loop
			}
		}
	}
	fmt.Println("ticks", n)

	results := make(chan int, 3)
	for i := range 3 {
		go func() { results <- i * i }()
	}
	total := 0
	for range 3 {
		total += <-results
	}
	fmt.Println("total", total)

	quit := make(chan bool)
	data := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			data <- i
		}
		quit <- true
	}()
	for {
		select {
		case d := <-data:
			fmt.Print(d, " ")
			continue
		case <-quit:
			fmt.Println("quit")
		}
		break
	}
}
