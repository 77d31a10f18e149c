package main

import "fmt"

type Optional[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

func main() {
	fmt.Println(Some(5).OrElse(0), None[int]().OrElse(-1), Some("x").OrElse("y"))
}
