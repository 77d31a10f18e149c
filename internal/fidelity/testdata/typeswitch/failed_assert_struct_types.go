package main

import "fmt"

type S struct{ N int }

func (s S) String() string { return "S" }

type L []int

func (l L) Len() int { return len(l) }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	var c any = S{1}
	var p any = &S{2}
	var l any = L{1}
	try("c", func() { fmt.Println(c.(fmt.Formatter)) })
	try("p", func() { fmt.Println(p.(fmt.Formatter)) })
	try("l", func() { fmt.Println(l.(fmt.Formatter)) })
}
