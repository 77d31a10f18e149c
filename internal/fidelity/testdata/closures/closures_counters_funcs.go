package main

import (
	"fmt"
	"sort"
	"strings"
)

type Middleware func(Handler) Handler
type Handler func(string) string

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Tag(name string) Middleware {
	return func(next Handler) Handler {
		return func(s string) string {
			return "<" + name + ">" + next(s) + "</" + name + ">"
		}
	}
}

func memo(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	hits := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			hits++
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}, &hits
}

func main() {
	h := Chain(strings.ToUpper, Tag("b"), Tag("i"))
	fmt.Println(h("hi"))

	var fib func(int) int
	fibm, hits := memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fib = fibm
	fmt.Println(fib(40), *hits)

	adders := map[string]func(int) int{}
	for _, k := range []int{1, 10, 100} {
		adders[fmt.Sprint("add", k)] = func(x int) int { return x + k }
	}
	names := make([]string, 0)
	for n := range adders {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, adders[n](5))
	}

	x := 0
	inc := func() { x++ }
	get := func() int { return x }
	for range 3 {
		inc()
	}
	x += 10
	fmt.Println(get())

	fns := make([]func(), 0, 3)
	for i := range 3 {
		j := i * 2
		fns = append(fns, func() { fmt.Print(i, j, " ") })
	}
	for _, f := range fns {
		f()
	}
	fmt.Println()

	apply := func(xs []int, fs ...func(int) int) []int {
		out := slicesClone(xs)
		for _, f := range fs {
			for i := range out {
				out[i] = f(out[i])
			}
		}
		return out
	}
	fmt.Println(apply([]int{1, 2, 3}, func(v int) int { return v * v }, func(v int) int { return v + 1 }))
	defer func() {
		fmt.Println("deferred sees x =", x)
	}()
	x = 99
}

func slicesClone(xs []int) []int { return append([]int(nil), xs...) }
