// Values of the program's types converted to an empty interface where the
// interpreter would hold them bare: a returned result (also of a type
// parameter), an explicit conversion, a composite literal declared or
// assigned; and variables of interface types declared or assigned
// together. A function one of whose results is written so has its other
// results of pointer and interface types written so too (a compiled
// pointer a call returned after it was held without a type); a
// comparison's bool and a variable's pointer are left as they are (written
// so, the one failed to convert, the other to parse).
package main

import (
	"fmt"
	"os"
)

type Suit int

func (s Suit) String() string { return [...]string{"spades", "hearts", "diamonds", "clubs"}[s] }

type Card struct{ Rank, N int }

func (c Card) String() string { return fmt.Sprintf("card %d", c.Rank) }

// Pair has Card's shape and no methods.
type Pair struct{ Rank, N int }

func get() any { return Suit(1) }

func id[T any](v T) any { return v }

type Op struct{}

func (o *Op) Error() string { return "op" }

func produce(i int) any {
	if i == 0 {
		return &Op{}
	}
	if i == 1 {
		return nil
	}
	return fmt.Errorf("plain")
}

func sink(k int) any {
	if k == 0 {
		return &Op{}
	}
	return os.Stdout
}

func order(a, b Suit) any {
	if a == 0 {
		return a
	}
	return a > b
}

func main() {
	fmt.Println(get(), id(Suit(2)), any(Suit(3)))
	x := any(Suit(0))
	var c any = Card{1, 2}
	fmt.Println(x, c)
	c = Card{3, 4}
	var p any = Pair{5, 6}
	fmt.Println(c, p)
	var u, v any = Suit(1), Card{7, 8}
	fmt.Println(u, v)
	u, v = v, u
	fmt.Println(u, v)
	var s fmt.Stringer
	s, v = Suit(2), 9
	fmt.Println(s, v)
	for i := range 3 {
		e, ok := produce(i).(error)
		fmt.Println(e, ok)
	}
	fmt.Println(order(0, 1), order(2, 1))
	_, isFile := sink(1).(*os.File)
	op, isOp := sink(0).(*Op)
	fmt.Println(op != nil && isOp, isFile)
}

// Output:
// hearts diamonds clubs
// spades card 1
// card 3 {5 6}
// hearts card 7
// card 7 hearts
// diamonds 9
// op true
// <nil> false
// plain true
// spades true
// true true
