// A key of a type that is never hashable, stored in or read from a map
// keyed by an interface, panics naming the key's type as Go names it.
package main

import "fmt"

type Tags []string

type Fn func()

type M map[string]int

type Box[T any] struct{ v []T }

type Key struct {
	Name string
	Tags []string
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	m := map[any]int{"a": 1}
	try("named slice", func() { m[Tags{"x"}] = 2 })
	try("named func", func() { m[Fn(nil)] = 2 })
	try("named map", func() { m[M{}] = 2 })
	try("generic", func() { m[Box[int]{}] = 2 })
	try("array of slices", func() { m[[2]Tags{}] = 2 })
	try("struct", func() { m[Key{Name: "k"}]++ })
	try("read", func() { fmt.Println(m[[]int{1}]) })
	try("comma ok", func() { _, ok := m[Key{}]; fmt.Println(ok) })
	fmt.Println(m)

	// An empty or nil map's lookup says it otherwise; a nil map's store
	// finds the nil map first; delete and a literal's keys hash too.
	empty := map[any]int{}
	var nilm map[any]int
	try("store empty", func() { empty[Tags{}] = 1 })
	try("store nil", func() { nilm[Tags{}] = 1 })
	try("read empty", func() { _ = empty[Tags{}] })
	try("read nil", func() { _ = nilm[Tags{}] })
	try("delete empty", func() { delete(empty, Tags{}) })
	try("delete full", func() { delete(m, Tags{}) })
	try("literal", func() { _ = map[any]bool{1: true, Tags{"x"}: true} })
	try("incdec empty", func() { empty[Tags{}]++ })
}
