package main

import "fmt"

type H interface{ Handle() }

type X struct{}

func (X) Handle() {}

func pick() H { return nil }

func wrap(h H) any { return h }

func main() {
	var h H
	var v any = h
	fmt.Println(v == nil, v != nil, !(v == nil), h != nil, nil != v)
	if v != nil {
		fmt.Println("wrong branch")
	}
	x := pick()
	fmt.Println(wrap(x) == nil)
}
