package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T)       { s.items = append(s.items, x) }
func (s *Stack[T]) String() string { return fmt.Sprintf("stack%v", s.items) }

type Queue[T any] struct{ items []T }

func (q Queue[T]) String() string { return fmt.Sprintf("queue of %d", len(q.items)) }

type Label string

func (l Label) String() string { return "label:" + string(l) }

func main() {
	s := &Stack[int]{}
	s.Push(1)
	s.Push(2)
	fmt.Println(s)
	q := Queue[int]{[]int{7, 8, 9}}
	fmt.Println(q)
	fmt.Printf("%v | %s | %v\n", s, q, Label("x"))
	fmt.Print(Label("a"), Label("b"), "\n")
}
