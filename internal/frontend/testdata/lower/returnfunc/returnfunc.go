// Function values returned from calls and selections go through a
// variable (the interpreter pointed the shared type of the value at the
// returned expression, and a later call of a value of that type crashed
// its compiler).
package main

import (
	"errors"
	"fmt"
)

type Handler func(string) string

type router struct{ routes map[string]Handler }

func (r router) lookup(path string) Handler { return r.routes[path] }

func (r router) handler(path string) Handler {
	return r.lookup(path)
}

func (r router) checked(path string) (Handler, error) {
	if _, ok := r.routes[path]; !ok {
		return nil, errors.New("no route " + path)
	}
	return r.lookup(path), nil
}

func (r router) pair() (Handler, error) { return r.checked("/") }

type Gen[T any] func() T

func counter[T any](start T, next func(T) T) Gen[T] {
	v := start
	return func() T { v = next(v); return v }
}

func ints() Gen[int] {
	return counter[int](0, func(i int) int { return i + 1 })
}

func main() {
	r := router{routes: map[string]Handler{"/": func(s string) string { return "home " + s }}}
	h := r.handler("/")
	fmt.Println(h("a"))
	h2, err := r.checked("/")
	fmt.Println(h2("b"), err)
	_, err = r.checked("/x")
	fmt.Println(err)
	h3, _ := r.pair()
	fmt.Println(h3("c"))
	next := ints()
	next()
	fmt.Println(next())
}

// Output:
// home a
// home b <nil>
// no route /x
// home c
// 2
