// make of a send-only or receive-only channel (yaegi panicked
// "reflect.MakeChan: unidirectional channel type").
package main

import "fmt"

type Out <-chan int

func main() {
	c := make(chan<- int, 1)
	c <- 1
	fmt.Println(len(c), cap(c))
	r := make(<-chan string)
	fmt.Printf("%T %d\n", r, cap(r))
	o := make(Out, 3)
	fmt.Printf("%T %d\n", o, cap(o))
	cc := make(chan<- <-chan int, 2)
	fmt.Printf("%T %d\n", cc, cap(cc))
}

// Output:
// 1 1
// <-chan string 0
// main.Out 3
// chan<- <-chan int 2
