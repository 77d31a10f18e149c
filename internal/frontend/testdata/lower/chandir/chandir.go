// An assertion to a channel type of one direction, and a type switch case
// of one, take a channel of another direction through the host runtime:
// nil for the comma-ok form, Go's run-time error for the other.
package main

import "fmt"

func main() {
	c := make(chan int)
	var x any = c
	_, ok := x.(<-chan int)
	switch x.(type) {
	case chan<- int:
		fmt.Println("send-only")
	case chan int:
		fmt.Println("bidirectional", ok)
	}
	defer func() { fmt.Println(recover()) }()
	_ = x.(<-chan int)
}

// Output:
// bidirectional false
// interface conversion: interface {} is chan int, not <-chan int
