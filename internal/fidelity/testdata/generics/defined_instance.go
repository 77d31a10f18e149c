// A type defined by an instance of a generic type with methods has none of
// them (fmt prints its fields), and converts to and from the instance.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Box[T any] struct {
	V    T `json:"v"`
	Tags []string
	strings.Builder
}

func (b *Box[T]) String() string { return fmt.Sprint("box of ", b.V) }
func (b Box[T]) Len() int        { return 1 }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Len() int { return len(s.items) }
func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Push(x T) { q.items = append(q.items, x) }

type Crate Box[int]
type Pile Stack[string]
type Gen[T any] Box[T]
type List[T any] []T

func (l List[T]) Describe() string { return "list" }

type Ints List[int]

func (c Crate) Len() int { return 7 }

func main() {
	c := Crate{V: 3}
	fmt.Printf("%v %d\n", c.V, c.Len())
	b := Box[int](c)
	fmt.Println(b.Len(), (&b).String())
	c2 := Crate(b)
	fmt.Println(c2.V)
	j, _ := json.Marshal(c)
	fmt.Println(string(j))
	p := Pile{}
	var a any = &p
	_, ok := a.(interface{ Push(string) })
	fmt.Println(ok, p.items == nil)
	g := Gen[float64]{V: 1.5}
	fmt.Println(g, g.Len() == 0)
	var ia any = Ints{1, 2}
	_, ok = ia.(interface{ Describe() string })
	fmt.Println(Ints{1, 2}, List[int]{1}.Describe(), ok)
	type Local Box[bool]
	fmt.Printf("%v %+v\n", Local{V: true}, Local{})
	q := &Queue[int]{}
	q.Push(1)
	fmt.Println(len(q.items))
}
