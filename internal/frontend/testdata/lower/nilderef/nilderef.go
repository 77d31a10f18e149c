// Dereferencing a nil pointer panics with Go's run-time error (yaegi
// panicked in reflection's words: "call of reflect.Value.Interface on zero
// Value"). The check is a statement of its own where that panics where
// Go does, else a function literal around the pointer.
package main

import (
	"fmt"
	"runtime"
)

type P struct{ X int }

func (p P) Get() int { return p.X }

func (p *P) Set(x int) { p.X = x }

func deref[T any](p *T) T { return *p }

func none() *[3]int { fmt.Println("none ran"); return nil }

func one() int { fmt.Println("one ran"); return 1 }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(name, isRuntime, r)
	}()
	f()
}

func main() {
	var p *P
	var ip *int
	try("read", func() { fmt.Println(*ip) })
	try("write", func() { *ip = 3 })
	try("struct", func() { v := *p; fmt.Println(v) })
	try("field", func() { fmt.Println(p.X) })
	try("value method", func() { fmt.Println(p.Get()) })
	try("generic", func() { fmt.Println(deref(ip)) })
	try("after a call", func() { fmt.Println(one() + *ip) })
	try("assigned a call", func() { *ip = one() })
	try("guarded", func() { fmt.Println(ip != nil && *ip > 0, ip == nil || *ip > 0) })
	var ap *[3]int
	try("array length", func() {
		fmt.Println(len(*ap), cap(ap), len(none()))
		for i := range *ap {
			fmt.Print(i)
		}
		for range none() {
		}
		fmt.Println()
	})
	m, sink := map[int]int{}, false
	try("map, several values", func() { sink, m[0] = true, *ip })
	try("map, comma-ok", func() { var pc *chan int; m[1], sink = <-*pc })
	fmt.Println(len(m), sink)
	x := 1
	ip, p = &x, &P{}
	*ip += 4
	p.Set(*ip)
	fmt.Println(x, *ip, p.Get(), *p, deref(p))
}

// Output:
// read true runtime error: invalid memory address or nil pointer dereference
// write true runtime error: invalid memory address or nil pointer dereference
// struct true runtime error: invalid memory address or nil pointer dereference
// field true runtime error: invalid memory address or nil pointer dereference
// value method true runtime error: invalid memory address or nil pointer dereference
// generic true runtime error: invalid memory address or nil pointer dereference
// one ran
// after a call true runtime error: invalid memory address or nil pointer dereference
// one ran
// assigned a call true runtime error: invalid memory address or nil pointer dereference
// false true
// guarded false <nil>
// none ran
// 3 3 3
// 012none ran
//
// array length false <nil>
// map, several values true runtime error: invalid memory address or nil pointer dereference
// map, comma-ok true runtime error: invalid memory address or nil pointer dereference
// 0 false
// 5 5 5 {5} {5}
