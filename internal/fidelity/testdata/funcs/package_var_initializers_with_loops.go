// Package-level variables initialized by a function literal with a loop
// and a channel, and by a generic function with a loop.
package main

import "fmt"

func Sum[E int | float64](xs []E) E {
	var t E
	for _, x := range xs {
		t += x
	}
	return t
}

func Mean[E int | float64](xs []E) float64 {
	return float64(Sum(xs)) / float64(len(xs))
}

var total = Sum([]int{1, 2, 3})

var mean = Mean([]float64{1, 2, 4.5})

var buffered = func() int {
	c := make(chan int, 2)
	c <- 1
	c <- 2
	return len(c)
}()

var squares = func() map[int]int {
	m := map[int]int{}
	for i := range 4 {
		m[i] = i * i
	}
	return m
}()

func main() {
	fmt.Println(total, mean, buffered, squares)
}
