package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Queue[T any] struct {
	head, tail *qnode[T]
	n          int
}
type qnode[T any] struct {
	v    T
	next *qnode[T]
}

func (q *Queue[T]) Enqueue(v T) {
	n := &qnode[T]{v: v}
	if q.tail == nil {
		q.head, q.tail = n, n
	} else {
		q.tail.next = n
		q.tail = n
	}
	q.n++
}

var ErrEmpty = errors.New("queue empty")

func (q *Queue[T]) Dequeue() (T, error) {
	if q.head == nil {
		var z T
		return z, ErrEmpty
	}
	v := q.head.v
	q.head = q.head.next
	if q.head == nil {
		q.tail = nil
	}
	q.n--
	return v, nil
}

func evalRPN(tokens []string) (int, error) {
	var s Stack[int]
	for _, t := range tokens {
		switch t {
		case "+", "-", "*":
			b, ok1 := s.Pop()
			a, ok2 := s.Pop()
			if !ok1 || !ok2 {
				return 0, fmt.Errorf("stack underflow at %q", t)
			}
			switch t {
			case "+":
				s.Push(a + b)
			case "-":
				s.Push(a - b)
			case "*":
				s.Push(a * b)
			}
		default:
			var n int
			fmt.Sscan(t, &n)
			s.Push(n)
		}
	}
	v, _ := s.Pop()
	return v, nil
}

func main() {
	fmt.Println(evalRPN([]string{"3", "4", "+", "2", "*"}))
	fmt.Println(evalRPN([]string{"1", "+"}))
	var q Queue[string]
	q.Enqueue("a")
	q.Enqueue("b")
	x, _ := q.Dequeue()
	y, _ := q.Dequeue()
	_, err := q.Dequeue()
	fmt.Println(x, y, err, q.n)
}
