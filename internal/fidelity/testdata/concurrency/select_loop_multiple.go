package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	go func() {
		for i := range 3 {
			a <- i
		}
		close(a)
	}()
	go func() {
		b <- "x"
		close(b)
	}()
	sumA, gotB := 0, ""
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
		case s, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			gotB += s
		}
	}
	fmt.Println(sumA, gotB)
}
