package main

import "fmt"

type Bus[T any] struct{ n int }

func (b *Bus[T]) Emit(p T) int { b.n++; return b.n }

type Audited[T any] struct {
	Bus[T]
	log []string
}

func (a *Audited[T]) Emit(p T) int {
	n := a.Bus.Emit(p)
	a.log = append(a.log, fmt.Sprint(p))
	return n
}

func main() {
	var a Audited[string]
	a.Emit("x")
	fmt.Println(a.Emit("y"), a.log)
}
