// Instances of a generic type of several type parameters written out go
// through aliases declared at the end of the file (yaegi lost code around a
// second Pair[string, int]{...} in a function: the first was a zero value).
// In a script, so do those of a generic type of one type parameter written
// as a conversion's type, a composite literal's type or a type argument
// (yaegi did not find List[int] there: "type not found"); an embedded field
// keeps its instance, whose alias would rename the field.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprint(p.Key, "=", p.Val) }

func swap[K, V comparable](p Pair[K, V]) Pair[V, K] { return Pair[V, K]{p.Val, p.Key} }

type Named = Pair[string, bool]

type List[T any] []T

func (l List[T]) Len() int { return len(l) }

func size[L interface{ Len() int }](l L) int { return l.Len() }

type Box[T any] struct{ V T }

type Holder struct {
	Box[int]
	N int
}

func main() {
	var a Pair[string, int]
	a = Pair[string, int]{"a", 1}
	fmt.Println(a.Key, a.Val)
	b := Pair[string, int]{Key: "b", Val: 2}
	fmt.Println(a.Key, b.Key, b.Val)
	c := &Pair[int, string]{3, "c"}
	ps := []Pair[string, int]{a, b}
	fmt.Println(c.Val, len(ps), ps[1].Val, swap(*c).Key)
	n := Named{"n", true}
	fmt.Println(n.Key, n.Val)
	l := List[int]([]int{1, 2, 3})
	fmt.Println(l.Len(), size[List[string]](nil), size(List[int]{4}))
	h := Holder{Box[int]{5}, 6}
	fmt.Println(h.Box.V, h.V, h.N)
}

// Output:
// a 1
// a b 2
// c 2 2 c
// n true
// 3 0 1
// 5 5 6
