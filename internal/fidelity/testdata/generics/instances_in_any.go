// Values made of instances of a generic type with a String method, held
// in interfaces: a named map of them, a slice, a struct, a map.
package main

import "fmt"

type Set[T comparable] map[T]bool

func (s Set[T]) String() string { return fmt.Sprintf("set of %d", len(s)) }

type Graph map[string]Set[string]

type Layers []Set[int]

func show(v any) { fmt.Println(v) }

func main() {
	g := Graph{"a": {"b": true, "c": true}}
	show(g)
	var v any = g
	fmt.Println(v, []any{g})
	show([]Set[int]{{1: true}})
	show(Layers{{1: true}, {}})
	show(struct{ S Set[int] }{Set[int]{}})
	show(map[string]Set[int]{"x": {2: true}})
	fmt.Printf("%v %s\n", v, v)
}
