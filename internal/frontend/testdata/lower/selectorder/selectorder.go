// The operands of a select's cases are evaluated once each, in source
// order, before a case is chosen: yaegi evaluated them in an order of its
// own (here the first case's channel after the call that closes it, and
// the select blocked for good).
package main

import "fmt"

var ch chan int

var order []string

func closeCh() int {
	order = append(order, "closeCh")
	close(ch)
	ch = nil
	return 0
}

func get(name string, c chan float64) chan float64 {
	order = append(order, name)
	return c
}

func main() {
	var nilch chan int
	ch = make(chan int)
	select {
	case v, ok := <-ch:
		fmt.Println("received", v, ok)
	case nilch <- closeCh():
	}

	a, b := make(chan float64, 1), make(chan float64)
	a <- 1.5
	select {
	case x := <-get("a", a):
		fmt.Println("a", x)
	case get("b", b) <- 2:
		fmt.Println("b")
	}
	fmt.Println(order)

	c := make(chan float64, 1)
	select {
	case c <- 2:
	}
	fmt.Println(<-c)
}

// Output:
// received 0 false
// a 1.5
// [closeCh a b]
// 2
