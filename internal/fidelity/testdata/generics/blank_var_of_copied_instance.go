package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Push(x T) {}

type Stack[T any] struct{ V T }

func (b Stack[T]) Push(x T) {}

func main() {
	var _ Box[int]
	var _ Stack[int]
	fmt.Println("ok")
}
