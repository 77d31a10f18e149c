// Printing a *list.Element whose Value has a String method: fmt calls it
// on the exported Value, and none through the unexported fields (the
// addresses differ from run to run: only the end is printed).
package main

import (
	"container/list"
	"fmt"
	"strings"
)

type Name struct{ s string }

func (n Name) String() string { return "N:" + n.s }

func main() {
	l := list.New()
	e := l.PushBack(Name{"a"})
	l.PushBack(Name{"b"})
	s := fmt.Sprint(e)
	fmt.Println(strings.HasPrefix(s, "&{0x"), s[strings.LastIndex(s, " ")+1:])
	fmt.Println(e.Value, e.Next().Value)
}
