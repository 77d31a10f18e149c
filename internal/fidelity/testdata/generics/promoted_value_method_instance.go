// A value-receiver method promoted through an embedded pointer to an
// instance of a generic type of two type parameters: called, and called
// through a nil embedded pointer (Go's run-time error).
package main

import "fmt"

type Store[K comparable, V any] struct{ m map[K]V }

func (s Store[K, V]) Len() int      { return len(s.m) }
func (s *Store[K, V]) Put(k K, v V) { s.m[k] = v }

type Service struct {
	*Store[string, int]
	name string
}

func main() {
	s := Service{&Store[string, int]{m: map[string]int{"a": 1}}, "svc"}
	s.Put("b", 2)
	fmt.Println(s.Len(), s.name)
	var empty Service
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(empty.Len())
}
