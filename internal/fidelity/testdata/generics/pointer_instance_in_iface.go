package main

import "fmt"

type Lener interface{ Len() int }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T)       { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int       { return len(s.items) }
func (s *Stack[T]) String() string { return fmt.Sprint("Stack", s.items) }

// Pointers to instances of a generic type whose String method is on the
// pointer, held in an interface of the program's and in any: printed by
// the method.
func main() {
	var c Lener = &Stack[int]{[]int{1, 2}}
	fmt.Println(c)
	var a any = &Stack[int]{[]int{3}}
	fmt.Println(a)
	ws := &Stack[string]{}
	ws.Push("w")
	all := []Lener{c, ws}
	for _, x := range all {
		fmt.Printf("%d %v %s\n", x.Len(), x, x)
	}
	fmt.Println(all)
}
