// A program with a Stringer enum prints the values compiled code hands
// back in an any (a task's result, sync.Map's Load): it never makes a
// *Level, which the interpreter could hold as a *int.
package main

import (
	"fmt"
	"sync"

	"github.com/asyncrepl/asyncrepl/loop"
)

type Level int

const (
	Low Level = iota
	High
)

func (l Level) String() string { return [...]string{"low", "high"}[l] }

func main() {
	v, err := loop.Run(loop.Async(func() (any, error) { return 1, nil }))
	fmt.Println(v, err)
	w, _ := loop.Run(loop.Async(func() (any, error) { return High, nil }))
	fmt.Println(w)
	var m sync.Map
	m.Store("a", "x")
	a, _ := m.Load("a")
	fmt.Printf("%v %s\n", a, Low)
}
