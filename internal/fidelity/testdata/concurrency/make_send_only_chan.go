package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := range n {
		out <- i * i
	}
	close(out)
}

func main() {
	results := make(chan int, 4)
	producer(results, 4)
	for v := range results {
		fmt.Println(v)
	}
	sink := make(chan<- string, 2)
	sink <- "a"
	fmt.Println("buffered:", len(sink), "of", cap(sink))
}
