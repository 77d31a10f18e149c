// Methods of a generic type that call the standard library's generic
// functions with the type's parameter (slices.Collect(maps.Keys(r.m))),
// directly or through a generic function, instantiated with types the
// program declares.
package main

import (
	"fmt"
	"maps"
	"slices"
)

type ID string

type Level int

type Reg[K comparable] struct{ m map[K]int }

func (r Reg[K]) Keys() []K { return slices.Collect(maps.Keys(r.m)) }

func (r *Reg[K]) Add(k K) { r.m[k]++ }

func keys[K comparable](m map[K]int) []K { return slices.Collect(maps.Keys(m)) }

func (r Reg[K]) Count() int { return len(keys(r.m)) }

type Index[K ~string | ~int] struct{ m map[K][]string }

func (x Index[K]) Sorted() []K { return slices.Sorted(maps.Keys(x.m)) }

func main() {
	r := Reg[ID]{m: map[ID]int{"a": 1}}
	r.Add("a")
	fmt.Println(r.Keys(), r.Count(), r.m)
	x := Index[Level]{m: map[Level][]string{3: {"c"}, 1: {"a"}, 2: {"b"}}}
	fmt.Println(x.Sorted())
	y := Index[ID]{m: map[ID][]string{"z": nil, "b": nil}}
	fmt.Println(y.Sorted())
	fmt.Printf("%T %T\n", r, x.Sorted())
}
