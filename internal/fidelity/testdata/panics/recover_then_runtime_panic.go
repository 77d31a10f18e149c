// A deferred literal that recovers and then panics at run time (a nil
// map's write, an index out of range, a nil pointer): the panic goes to
// the calls deferred before it, which recover it and run.
package main

import (
	"errors"
	"fmt"
)

type node struct{ next *node }

func nilMap() {
	defer func() { fmt.Println("outer:", recover()) }()
	defer func() {
		fmt.Println("inner:", recover())
		var m map[string]int
		m["a"] = 1
	}()
	panic("first")
}

func index() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer fmt.Println("cleanup ran")
	defer func() {
		r := recover()
		fmt.Println("saw", r)
		var a []int
		if r != nil {
			_ = a[3]
		}
	}()
	panic(errors.New("work failed"))
}

func pointer() {
	defer func() { fmt.Println("outer:", recover() != nil) }()
	defer func() {
		recover()
		var n *node
		fmt.Println(n.next)
	}()
	panic("again")
}

func main() {
	nilMap()
	fmt.Println(index())
	pointer()
}
