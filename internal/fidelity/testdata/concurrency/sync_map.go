package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore("a", 9)
	fmt.Println(actual, loaded)
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println(n)
}
