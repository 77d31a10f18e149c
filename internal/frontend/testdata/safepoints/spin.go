package main

import "fmt"

func spin(n int) int {
	for {
		n++
	}
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	ch := make(chan int, 1)
	go func() { ch <- fib(10) }()
	v := <-ch
	for i, x := range []int{1, 2} {
		fmt.Println(i, x, v)
	}
	select {
	case v = <-ch:
	default:
		if v > 0 {
			ch <- v
		}
	}
	f := func() { fmt.Println(<-ch) }
	f()
}
