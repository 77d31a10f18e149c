package main

import (
	"errors"
	"fmt"
)

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Enqueue(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Dequeue() (T, error) {
	var zero T
	if len(q.items) == 0 {
		return zero, errors.New("queue empty")
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}

func (q *Queue[T]) Len() int { return len(q.items) }

func main() {
	q := &Queue[string]{}
	q.Enqueue("a")
	q.Enqueue("b")
	for q.Len() > 0 {
		v, _ := q.Dequeue()
		fmt.Println(v)
	}
	_, err := q.Dequeue()
	fmt.Println(err)
}
