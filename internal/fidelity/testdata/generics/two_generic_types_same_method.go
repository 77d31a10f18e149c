package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Push(v T) { q.items = append([]T{v}, q.items...) }
func (q *Queue[T]) Len() int { return len(q.items) }

func main() {
	s := &Stack[int]{}
	q := &Queue[int]{}
	for i := range 3 {
		s.Push(i)
		q.Push(i)
	}
	fmt.Println(s.items, s.Len(), q.items, q.Len())
}
