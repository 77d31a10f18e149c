package main

import "fmt"

type Tags []string

type K struct {
	name string
	x    any
}

type Inner struct{ v any }
type Outer struct {
	a  int
	in Inner
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "->", r)
		}
	}()
	f()
}

func main() {
	km := map[K]int{}
	k := K{"a", Tags{"z"}}
	try("var store", func() { km[k] = 1 })
	ok := K{"b", 3}
	km[ok] = 2
	fmt.Println(km[ok], km[K{"b", 3}], len(km))
	try("keyed literal", func() { km[K{x: map[string]int{}, name: "q"}] = 1 })
	om := map[Outer]bool{}
	try("nested", func() { om[Outer{1, Inner{Tags{}}}] = true })
	o := Outer{2, Inner{func() {}}}
	try("nested var", func() { om[o] = true })
	om[Outer{3, Inner{"s"}}] = true
	fmt.Println(len(om))
	try("delete", func() { delete(km, K{"a", Tags{}}) })
	try("literal", func() { _ = map[K]int{{"a", 1}: 1, {"b", Tags{}}: 2} })
	ak := [2]any{1, Tags{}}
	am := map[[2]any]int{}
	try("array var", func() { am[ak] = 1 })
}
