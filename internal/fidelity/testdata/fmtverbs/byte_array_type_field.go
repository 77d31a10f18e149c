package main

import "fmt"

type Hash [4]byte

type Suit int

func (s Suit) String() string { return "S" }

type Rec struct {
	H    Hash
	Suit Suit
}

func main() {
	r := Rec{Hash{1, 2, 3, 4}, 1}
	fmt.Printf("%v %x %#v\n", r, r, r)
}
