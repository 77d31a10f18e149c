package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() T {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Push(x T) { q.items = append(q.items, x) }

func (q *Queue[T]) Pop() T {
	x := q.items[0]
	q.items = q.items[1:]
	return x
}

func (q *Queue[T]) Len() int { return len(q.items) }

func (q *Queue[T]) Clone() *Queue[T] { return &Queue[T]{items: append([]T(nil), q.items...)} }

type Container[T any] interface {
	Push(T)
	Pop() T
	Len() int
}

func main() {
	s := &Stack[int]{}
	q := &Queue[int]{}
	for _, c := range []Container[int]{s, q} {
		c.Push(1)
		c.Push(2)
		c.Push(3)
		fmt.Println(c.Pop(), c.Len())
	}
	words := &Queue[string]{}
	words.Push("a")
	words.Push("b")
	fmt.Printf("%v %+v %T %T\n", *s, *q, s, words.Clone())
	fmt.Println(words.Pop(), words.Clone().Len())
}

// Output:
// 3 2
// 1 2
// {[1 2]} {items:[2 3]} *main.Stack[int] *main.Queue[string]
// a 1
