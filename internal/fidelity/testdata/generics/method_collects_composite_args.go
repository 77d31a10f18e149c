// Methods of generic types that collect an iterator of their type
// parameter's values (slices.Collect of slices.Values, maps.Keys,
// maps.Values), instantiated with slice, array and map types.
package main

import (
	"fmt"
	"maps"
	"slices"
)

type Stack[V any] struct{ items []V }

func (s *Stack[V]) Push(v V) { s.items = append(s.items, v) }
func (s *Stack[V]) All() []V { return slices.Collect(slices.Values(s.items)) }

type Bag[K comparable, V any] struct{ data map[K]V }

func (b *Bag[K, V]) Keys() []K { return slices.Collect(maps.Keys(b.data)) }
func (b *Bag[K, V]) Vals() []V { return slices.Collect(maps.Values(b.data)) }

func main() {
	s := &Stack[[]int]{}
	s.Push([]int{1})
	s.Push([]int{2, 3})
	fmt.Println(s.All(), len(s.All()))
	b := &Bag[[2]int, []string]{data: map[[2]int][]string{{1, 2}: {"x", "y"}}}
	fmt.Println(b.Keys(), b.Vals())
	m := &Bag[string, map[string]int]{data: map[string]map[string]int{"k": {"a": 1}}}
	fmt.Println(m.Keys(), m.Vals())
	p := &Stack[int]{}
	p.Push(4)
	fmt.Println(p.All())
}
