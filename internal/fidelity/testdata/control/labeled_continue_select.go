package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	for i := range 6 {
		ch <- i
	}
	close(ch)
	sum := 0
outer:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break outer
			}
			if v%2 == 0 {
				continue outer
			}
			sum += v
		}
	}
	fmt.Println(sum)
}
