package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func mustPositive(n int) int {
	if n < 0 {
		panic(errors.New("negative input"))
	}
	return n
}

func try(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = r
		default:
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	f()
	return nil
}

func cleanup(name string, log *[]string) func() {
	*log = append(*log, "open "+name)
	return func() { *log = append(*log, "close "+name) }
}

func work(log *[]string) {
	defer cleanup("a", log)()
	defer cleanup("b", log)()
	*log = append(*log, "working")
}

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(try(func() { mustPositive(-1) }))
	fmt.Println(try(func() { panic("plain string") }))
	fmt.Println(try(func() { var m map[string]int; m["x"] = 1 }))
	fmt.Println(try(func() {}))
	var log []string
	work(&log)
	fmt.Println(log)
	fmt.Println(counter())
}
