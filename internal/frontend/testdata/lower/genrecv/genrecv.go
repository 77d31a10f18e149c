// Methods of generic types whose receivers have no name: yaegi took the
// receiver's type for its name ("index out of range [1] with length 1").
package main

import "fmt"

type Set[T comparable] map[T]struct{}

func (Set[T]) Kind() string { return "set" }

func (s Set[T]) Add(v T) { s[v] = struct{}{} }

type Pair[K comparable, V any] struct {
	K K
	V V
}

func (*Pair[K, V]) Reset() {}

func (Pair[K, V]) String() string { return "pair" }

func main() {
	s := Set[string]{}
	s.Add("a")
	p := &Pair[string, int]{"a", 1}
	p.Reset()
	fmt.Println(s.Kind(), len(s), p.String())
}

// Output:
// set 1 pair
