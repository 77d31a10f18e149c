package main

import "fmt"

type List[T any] []T

func (l List[T]) String() string { return "list" }

type Opt[T any] struct{ V T }

func (o Opt[T]) String() string { return "opt" }

type Ints List[int]
type IntOpt Opt[int]
type Maybe[T any] Opt[T]

func main() {
	fmt.Println(Ints{1}, IntOpt{2}, Maybe[int]{3})
}
