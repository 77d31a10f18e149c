// A linked list's node with a String method on the pointer, printed from
// an any, a []any and a map of any, and an error type that wraps its
// cause through a pointer to itself.
package main

import (
	"errors"
	"fmt"
)

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) String() string {
	s := ""
	for c := n; c != nil; c = c.Next {
		s += fmt.Sprint(c.Val, "->")
	}
	return s + "nil"
}

type E struct {
	Cause *E
	Msg   string
}

func (e *E) Error() string {
	if e.Cause != nil {
		return e.Msg + ": " + e.Cause.Error()
	}
	return e.Msg
}

func show(v any) { fmt.Println("show:", v) }

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	var a any = list
	fmt.Println(a)
	fmt.Println([]any{a, list.Next})
	fmt.Printf("%v %s\n", map[string]any{"head": list}, a)
	show(list.Next.Next)
	var err any = &E{Cause: &E{Msg: "disk full"}, Msg: "save"}
	fmt.Println(err)
	var e error = err.(error)
	var target *E
	fmt.Println(errors.As(e, &target), target.Msg)
}
