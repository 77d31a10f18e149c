package main

import "fmt"

type Stack[T any] []T

func (s *Stack[T]) Put(v T) { *s = append(*s, v) }

type Queue[T any] struct{ xs []T }

func (q *Queue[T]) Put(v T) { q.xs = append(q.xs, v) }

type Putter interface{ Put(string) }

func describe(c Putter) string {
	switch v := c.(type) {
	case *Queue[string]:
		return fmt.Sprint("queue ", v.xs)
	case *Stack[string]:
		return fmt.Sprint("stack ", *v)
	}
	return "?"
}

func main() {
	var c Putter = &Queue[string]{}
	c.Put("x")
	q := c.(*Queue[string])
	fmt.Println(q.xs)
	var s Putter = &Stack[string]{}
	s.Put("y")
	fmt.Println(describe(c), describe(s))
	_, isQ := s.(*Queue[string])
	st, isS := s.(*Stack[string])
	fmt.Println(isQ, isS, *st)
	var a any = c
	if qq, ok := a.(*Queue[string]); ok {
		fmt.Println("any", qq.xs)
	}
	ints := &Queue[int]{}
	ints.Put(3)
	var b any = ints
	_, wrong := b.(*Queue[string])
	fmt.Println(wrong, b.(*Queue[int]).xs)
}
