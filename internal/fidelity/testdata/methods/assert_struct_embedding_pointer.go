// An interface asserted to a struct type that gets its methods from an
// embedded pointer.
package main

import "fmt"

type Base struct{ items []int }

func (b *Base) Len() int    { return len(b.items) }
func (b *Base) Add(v int)   { b.items = append(b.items, v) }
func (b Base) Name() string { return "base" }

type Scores struct {
	*Base
	Owner string
}

type Lener interface{ Len() int }

func main() {
	var n Lener = Scores{&Base{[]int{1}}, "ann"}
	s, ok := n.(Scores)
	fmt.Println(s.Len(), s.Owner, s.Name(), ok)
	s.Add(2)
	fmt.Println(n.(Scores).Len())
	_, isBase := n.(*Base)
	fmt.Println(isBase)
	var m Lener = &Base{}
	_, ok = m.(Scores)
	fmt.Println(ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = m.(Scores)
}
