// make of a slice too long to allocate panics with Go's run-time error
// (yaegi panicked "runtime: allocation size out of range", saying neither
// the length nor the capacity).
package main

import (
	"fmt"
	"runtime"
)

type Buf []int64

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(name, isRuntime, r)
	}()
	f()
}

func main() {
	n, u := 1<<59, uint64(1<<63)
	try("len", func() { _ = make([]int, n) })
	try("cap", func() { _ = make(Buf, 0, n) })
	try("unsigned len", func() { _ = make([]byte, u) })
	try("negative", func() { _ = make([]string, -n) })
	try("len > cap", func() { _ = make([]int, n, 2) })
	try("append", func() { _ = append([]int{}, make([]int, n)...) })
	try("empty elements", func() { fmt.Println(len(make([]struct{}, n))) })
	s := make([]int, 3, n>>50)
	fmt.Println(len(s), cap(s))
}

// Output:
// len true runtime error: makeslice: len out of range
// cap true runtime error: makeslice: cap out of range
// unsigned len true runtime error: makeslice: len out of range
// negative true runtime error: makeslice: len out of range
// len > cap true runtime error: makeslice: cap out of range
// append true runtime error: growslice: len out of range
// 576460752303423488
// empty elements false <nil>
// 3 512
