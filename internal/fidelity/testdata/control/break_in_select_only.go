package main

import "fmt"

func main() {
	ch := make(chan int, 5)
	for i := range 5 {
		ch <- i
	}
	close(ch)
	got := 0
	for i := 0; i < 5; i++ {
		select {
		case v := <-ch:
			if v == 2 {
				break
			}
			got++
		}
	}
	fmt.Println("got", got)
}
