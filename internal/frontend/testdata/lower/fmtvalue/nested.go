// Values that hold the program's types, printed by fmt: Stringers and
// errors in slices, maps and fields, %+v and %#v with the types' names
// and unexported fields, GoString and Format below the top.
package main

import (
	"errors"
	"fmt"
	"time"
)

type Suit int

func (s Suit) String() string { return [...]string{"spades", "hearts"}[s] }

type Card struct {
	Rank int
	Suit Suit
}

type Hand struct {
	Owner string
	Cards []Card
	best  Suit
}

type Bad struct{ code int }

func (b *Bad) Error() string { return fmt.Sprintf("bad %d", b.code) }

type Money int

func (m Money) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "$%d", int(m)) }

type ID string

func (id ID) GoString() string { return "ID(" + string(id) + ")" }

type Node struct {
	Name string
	Next *Node
}

type Named struct {
	Suit
	Extra int
}

type Wait struct {
	D     time.Duration
	Label ID
}

func main() {
	h := Hand{"ann", []Card{{1, 0}, {12, 1}}, 1}
	fmt.Println(h)
	fmt.Printf("%v\n%+v\n%#v\n", h, h, h)
	fmt.Println(map[Suit][]Card{1: {{3, 1}}, 0: nil})
	fmt.Printf("%#v\n", map[ID]Suit{"b": 1, "a": 0})
	fmt.Println([]error{&Bad{1}, errors.New("plain")}, []*Bad{{2}, nil})
	fmt.Printf("%d|%x|%q|%8v|\n", []Suit{0, 1}, []Suit{1}, []Suit{0}, []Suit{1})
	fmt.Printf("%v %#v\n", []Money{1, 20}, [2]ID{"x", "y"})
	fmt.Printf("%v %+v\n", Node{"a", nil}, &Node{"b", nil})
	fmt.Printf("%#v\n", Node{"c", nil})
	fmt.Println(Named{1, 2}, Wait{1500 * time.Millisecond, "w"})
	fmt.Printf("%+v %#v\n", Wait{time.Second, "v"}, Wait{time.Second, "v"})
	var nilSuits []Suit
	fmt.Printf("%v %#v %#v\n", nilSuits, nilSuits, map[string]Card(nil))
	s := fmt.Sprint([]Suit{1}, Card{2, 1})
	fmt.Println(s, len(s))
	fmt.Printf("%s\n", struct {
		A Suit
		b Suit
	}{1, 1})
}

// Output:
// {ann [{1 spades} {12 hearts}] 1}
// {ann [{1 spades} {12 hearts}] 1}
// {Owner:ann Cards:[{Rank:1 Suit:spades} {Rank:12 Suit:hearts}] best:1}
// main.Hand{Owner:"ann", Cards:[]main.Card{main.Card{Rank:1, Suit:0}, main.Card{Rank:12, Suit:1}}, best:1}
// map[spades:[] hearts:[{3 hearts}]]
// map[main.ID]main.Suit{ID(a):0, ID(b):1}
// [bad 1 plain] [bad 2 <nil>]
// [0 1]|[686561727473]|["spades"]|[  hearts]|
// [$1 $20] [2]main.ID{ID(x), ID(y)}
// {a <nil>} &{Name:b Next:<nil>}
// main.Node{Name:"c", Next:(*main.Node)(nil)}
// hearts {1.5s w}
// {D:1s Label:v} main.Wait{D:1000000000, Label:ID(v)}
// [] []main.Suit(nil) map[string]main.Card(nil)
// [hearts] {2 hearts} 19
// {hearts %!s(main.Suit=1)}
