package main

import "fmt"

type Stream chan int

// Channels of different directions compared: Go allows it where one is
// assignable to the other's type.
func main() {
	ch := make(chan int)
	var ro <-chan int = ch
	var so chan<- int = ch
	fmt.Println(ro == ch, ch == ro, so == ch, ch != so)
	other := make(chan int)
	fmt.Println(ro == other, other != ro)
	s := Stream(ch)
	var rs <-chan int = s
	fmt.Println(rs == ro, s == Stream(other))
	var nilro <-chan int
	fmt.Println(nilro == nil, nilro == other)
}
