// The elements of a literal holding a call of a generic function of two
// type parameters are keyed (yaegi failed to compile the literal: "not a
// generic type").
package main

import "fmt"

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

type Entry struct {
	P    Pair[string, int]
	Note string
}

func main() {
	p := MakePair("x", 1)
	ps := []Pair[string, int]{p, MakePair("y", 2), {"z", 3}}
	fmt.Println(ps)
	arr := [4]Pair[string, int]{1: MakePair("a", 1), MakePair("b", 2)}
	fmt.Println(arr)
	fmt.Println([]any{MakePair(1.5, true), MakePair("k", []int{1})})
	fmt.Println(Entry{MakePair("e", 5), "note"})
	fmt.Println([]int{MakePair(7, "s").First, len(ps)})
}

// Output:
// [{x 1} {y 2} {z 3}]
// [{ 0} {a 1} {b 2} { 0}]
// [{1.5 true} {k [1]}]
// {{e 5} note}
// [7 3]
