package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("queue empty")

type Queue[T any] struct {
	items []T
	cap   int
}

func NewQueue[T any](capacity int) *Queue[T] {
	return &Queue[T]{cap: capacity}
}

func (q *Queue[T]) PushAll(vs ...T) (pushed int) {
	for _, v := range vs {
		if !q.push(v) {
			break
		}
		pushed++
	}
	return
}

func (q *Queue[T]) Drain() []T {
	var out []T
	for !q.empty() {
		v, _ := q.Pop()
		out = append(out, v)
	}
	return out
}

func (q *Queue[T]) Pop() (T, error) {
	var zero T
	if q.empty() {
		return zero, ErrEmpty
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}

func (q *Queue[T]) push(v T) bool {
	if q.full() {
		return false
	}
	q.items = append(q.items, v)
	return true
}

func (q *Queue[T]) full() bool  { return len(q.items) >= q.cap }
func (q *Queue[T]) empty() bool { return len(q.items) == 0 }

func main() {
	q := NewQueue[string](3)
	fmt.Println(q.PushAll("a", "b", "c", "d"))
	v, err := q.Pop()
	fmt.Println(v, err)
	fmt.Println(q.Drain(), q.empty())
	_, err = q.Pop()
	fmt.Println(err, errors.Is(err, ErrEmpty))
	nums := NewQueue[int](10)
	nums.PushAll(1, 2, 3)
	fmt.Println(nums.Drain())
}
