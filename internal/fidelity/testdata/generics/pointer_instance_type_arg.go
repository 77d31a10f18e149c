package main

import "fmt"

func First[V any](xs []V) V { return xs[0] }

type Box[T any] struct{ V T }

func main() {
	fmt.Println("start")
	fmt.Println(First([]*Box[int]{{7}}).V)
}
