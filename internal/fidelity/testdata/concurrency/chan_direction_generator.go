package main

import "fmt"

func fib(n int) <-chan int {
	ch := make(chan int)
	go func() {
		a, b := 0, 1
		for range n {
			ch <- a
			a, b = b, a+b
		}
		close(ch)
	}()
	return ch
}

func sink(in <-chan int, out chan<- string, done chan<- struct{}) {
	for v := range in {
		if v%2 == 0 {
			out <- fmt.Sprint("even ", v)
		}
	}
	close(out)
	done <- struct{}{}
}

func main() {
	out := make(chan string, 20)
	done := make(chan struct{})
	go sink(fib(12), out, done)
	<-done
	for s := range out {
		fmt.Println(s)
	}
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel blocks")
	}
	c := make(chan int, 1)
	c <- 1
	close(c)
	v, ok := <-c
	v2, ok2 := <-c
	fmt.Println(v, ok, v2, ok2, len(c), cap(c))
}
