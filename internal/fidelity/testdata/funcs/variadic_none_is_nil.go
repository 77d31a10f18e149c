// A variadic call with no values gives the function a nil slice, whatever
// calls it: a function value, a method, a field, an interface, deferred.
package main

import "fmt"

func top(a ...int) bool { return a == nil }

type T struct{}

func (T) M(a ...int) bool { return a == nil }

type S struct{ f func(...int) bool }

func main() {
	fmt.Println("top", top())
	loc := func(a ...int) bool { return a == nil }
	fmt.Println("local", loc())
	v := top
	fmt.Println("var", v())
	fmt.Println("method", T{}.M())
	mv := T{}.M
	fmt.Println("methodvalue", mv())
	s := S{f: top}
	fmt.Println("field", s.f())
	fs := []func(...int) bool{top}
	fmt.Println("slice", fs[0]())
	m := map[int]func(...int) bool{0: top}
	fmt.Println("map", m[0]())
	ps := &s
	fmt.Println("ptrfield", ps.f())
	var i interface{ M(...int) bool } = T{}
	fmt.Println("iface", i.M())
	fmt.Println("generic", gen[int]())
	defer func() { fmt.Println("deferfield"); s.f() }()
	fmt.Println(fmt.Sprint())
}

func gen[X any](a ...X) bool { return a == nil }
