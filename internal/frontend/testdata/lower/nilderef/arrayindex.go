// Indexing or slicing a nil pointer to an array panics with Go's run-time
// error, a runtime.Error a program can recover.
package main

import (
	"fmt"
	"runtime"
)

type grid [3][3]int

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(name, isRuntime, r)
	}()
	f()
}

func main() {
	var p *[10]int
	var g *grid
	try("read", func() { fmt.Println(p[1]) })
	try("write", func() { p[2] = 3 })
	try("row", func() { fmt.Println(g[1][2]) })
	try("slice", func() { fmt.Println(len(p[2:4])) })
	p = new([10]int)
	p[1] = 7
	fmt.Println(p[1], p[:2])
}

// Output:
// read true runtime error: invalid memory address or nil pointer dereference
// write true runtime error: invalid memory address or nil pointer dereference
// row true runtime error: invalid memory address or nil pointer dereference
// slice true runtime error: invalid memory address or nil pointer dereference
// 7 [0 7]
