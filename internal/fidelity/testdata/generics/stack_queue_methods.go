package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("stack: empty")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Len() int { return len(s.items) }

func (s Stack[T]) String() string {
	parts := make([]string, len(s.items))
	for i, it := range s.items {
		parts[i] = fmt.Sprint(it)
	}
	return "Stack[" + strings.Join(parts, ",") + "]"
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[string, K] {
	return Pair[string, K]{fmt.Sprint(p.Val), p.Key}
}

func main() {
	var s Stack[int]
	for i := 1; i <= 3; i++ {
		s.Push(i * i)
	}
	fmt.Println(s.String(), s.Len())
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, err := s.Pop()
	fmt.Println("err:", err)
	words := &Stack[string]{}
	words.Push("go")
	words.Push("fast")
	fmt.Println(words.String())
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%v %+v\n", p, p.Swap())
}
