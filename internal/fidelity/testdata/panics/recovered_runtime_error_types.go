// A recovered run-time panic is the runtime's own error: %T names its
// type, and errors.As and assertions to runtime.Error hold.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type T struct{ x int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRE := r.(runtime.Error)
		var re runtime.Error
		as := false
		if e, ok := r.(error); ok {
			as = errors.As(e, &re)
		}
		fmt.Printf("%s: %v | %T | %v %v\n", name, r, r, isRE, as)
	}()
	f()
}

func main() {
	try("nil", func() { var p *T; _ = p.x })
	try("index", func() { s := []int{}; i := 3; _ = s[i] })
	try("negative index", func() { s := []int{1}; i := -1; _ = s[i] })
	try("slice", func() { s := []int{}; i := 3; _ = s[1:i] })
	try("string slice", func() { s := "ab"; i := 5; _ = s[:i] })
	try("inverted", func() { s := []int{1, 2, 3}; i, j := 2, 1; _ = s[i:j] })
	try("div", func() { a, b := 1, 0; _ = a / b })
	try("map", func() { var m map[int]int; m[1] = 1 })
	try("closed", func() { c := make(chan int); close(c); close(c) })
	try("nilpanic", func() { panic(nil) })
	try("make", func() { n := -1; _ = make([]int, n) })
}
