package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Println(name, "ok")
			return
		}
		if re, ok := r.(runtime.Error); ok {
			fmt.Println(name, "runtime error:", re.Error())
			return
		}
		if err, ok := r.(error); ok {
			fmt.Println(name, "error:", err)
			return
		}
		fmt.Printf("%s other: %v (%T)\n", name, r, r)
	}()
	f()
}

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	var m map[string]int
	var p *struct{ X int }
	s := []int{1, 2, 3}
	idx := 5
	zero := 0
	var i any = "str"
	try("nil map", func() { m["a"] = 1 })
	try("nil ptr", func() { fmt.Println(p.X) })
	try("index", func() { fmt.Println(s[idx]) })
	try("slice", func() { fmt.Println(s[2:idx]) })
	try("div", func() { fmt.Println(10 / zero) })
	try("assert", func() { fmt.Println(i.(int)) })
	try("custom", func() { panic(MyErr{42}) })
	try("string", func() { panic("boom") })
	try("int", func() { panic(7) })
	try("errorf", func() { panic(fmt.Errorf("wrapped: %w", errors.New("base"))) })
	try("fine", func() {})
	try("closed chan", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("nested", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-panic: ", r))
		}()
		panic("first")
	})
	var arr [4]int
	try("array", func() { arr[idx%8] = 1 })
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}
