package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	Val  int
	Next *Node
}

func (n Node) Describe() string { return fmt.Sprint("node ", n.Val) }

func safe(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			_, isRuntime := r.(runtime.Error)
			fmt.Println(name, "recovered:", r, isRuntime)
		}
	}()
	f()
}

func main() {
	list := &Node{1, &Node{2, nil}}
	safe("walk", func() {
		for n := list; ; n = n.Next {
			fmt.Println(n.Describe())
		}
	})
	var count *int
	safe("read", func() { fmt.Println(*count + 1) })
	safe("write", func() { *count = 5 })
	total := 0
	count = &total
	*count += 3
	fmt.Println("total", total)
}
