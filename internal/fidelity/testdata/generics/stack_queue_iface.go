package main

import "fmt"

type Stack[T any] struct {
	items []T
}

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

func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	items []T
	head  int
}

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if q.head == len(q.items) {
		return zero, false
	}
	v := q.items[q.head]
	q.head++
	return v, true
}

func (q *Queue[T]) Len() int { return len(q.items) - q.head }

type Container[T any] interface {
	Push(T)
	Pop() (T, bool)
	Len() int
}

func drain[T any](c Container[T]) []T {
	var out []T
	for c.Len() > 0 {
		v, _ := c.Pop()
		out = append(out, v)
	}
	return out
}

func main() {
	containers := []Container[int]{&Stack[int]{}, &Queue[int]{}}
	for _, c := range containers {
		for i := 1; i <= 4; i++ {
			c.Push(i * 10)
		}
		fmt.Printf("%T len=%d\n", c, c.Len())
		fmt.Printf("%v\n", drain(c))
		_, ok := c.Pop()
		fmt.Println("empty pop ok:", ok)
	}

	words := &Queue[string]{}
	words.Push("a")
	words.Push("b")
	w, _ := words.Pop()
	fmt.Printf("%v %T %+v\n", w, words, *words)

	s := Stack[string]{}
	s.Push("x")
	fmt.Printf("%v %T\n", s, s)
}
