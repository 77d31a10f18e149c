// Values of the program's types held in interfaces, printed by fmt: an
// any, a []any, a map[string]any, an any field, an interface of the
// program's, a spread []any; by the name the interpreter gives the held
// value's type, or a bare struct by its shape.
package main

import "fmt"

type Suit int

func (s Suit) String() string { return [...]string{"spades", "hearts"}[s] }

type Point struct {
	X, Y int
	name string
}

type Card struct {
	Rank int
	Suit Suit
}

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q *Sq) Area() int { return q.s * q.s }

type Event struct {
	Name string
	Data any
}

// show prints a value of a type parameter: the instance's value, held in
// an any.
func show[T any](x T) { fmt.Printf("%v %+v\n", x, x) }

// kind names the instance's type of a value of a type with methods.
func kind[T fmt.Stringer](x T) string { return fmt.Sprintf("%T", x) }

func main() {
	var v any = Suit(1)
	fmt.Println(v)
	fmt.Printf("%v %d %s %q\n", v, v, v, v)
	var p any = Point{1, 2, "a"}
	fmt.Printf("%v %+v %#v\n", p, p, p)
	xs := []any{Suit(0), Point{3, 4, "b"}, 5, "s", Card{2, Suit(1)}, nil}
	fmt.Println(xs)
	fmt.Printf("%+v\n", xs)
	m := map[string]any{"a": Suit(1), "b": Card{}}
	fmt.Println(m)
	var sh Shape = &Sq{3}
	fmt.Printf("%v %+v %d\n", sh, sh, sh.Area())
	var none Shape
	fmt.Println([]Shape{none}, none)
	fmt.Println(Event{"boot", Suit(1)})
	fmt.Printf("%+v\n", Event{"x", []any{Card{1, Suit(0)}}})
	args := []any{"a", Suit(1), 2}
	fmt.Println(args...)
	fmt.Printf("%v-%v-%v\n", args...)
	show(Suit(0))
	show(Card{3, Suit(1)})
	fmt.Println(kind(Suit(1)))
}

// Output:
// hearts
// hearts 1 hearts "hearts"
// {1 2 a} {X:1 Y:2 name:a} main.Point{X:1, Y:2, name:"a"}
// [spades {3 4 b} 5 s {2 hearts} <nil>]
// [spades {X:3 Y:4 name:b} 5 s {Rank:2 Suit:hearts} <nil>]
// map[a:hearts b:{0 spades}]
// &{3} &{s:3} 9
// [<nil>] <nil>
// {boot hearts}
// {Name:x Data:[{Rank:1 Suit:spades}]}
// a hearts 2
// a-hearts-2
// spades spades
// {3 hearts} {Rank:3 Suit:hearts}
// main.Suit
