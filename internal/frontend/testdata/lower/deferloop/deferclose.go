// close deferred in a loop is written as a literal taking the channel, so
// that the panic of a second close is caught: the calls deferred before it
// still run, and the recover deferred first gets the panic.
package main

import "fmt"

func closeAll(chs ...chan int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("closeAll: %v", r)
		}
	}()
	for i, ch := range chs {
		defer fmt.Println("closing", i)
		defer close(ch)
	}
	return nil
}

func main() {
	a, b := make(chan int), make(chan int)
	fmt.Println(closeAll(a, b))
	fmt.Println(closeAll(make(chan int), b))
}

// Output:
// closing 1
// closing 0
// <nil>
// closing 1
// closing 0
// closeAll: close of closed channel
