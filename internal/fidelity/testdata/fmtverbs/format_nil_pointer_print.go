// Print, Println and their kin call Format of a nil pointer whose type
// formats itself, as they do a non-nil one.
package main

import (
	"fmt"
	"log"
	"os"
)

type G[T any] struct{ v T }

func (g *G[T]) Format(f fmt.State, verb rune) {
	if g == nil {
		fmt.Fprint(f, "nilG")
		return
	}
	fmt.Fprintf(f, "G(%v)", g.v)
}

type Money struct{ Cents int }

func (m *Money) Format(f fmt.State, verb rune) {
	if m == nil {
		fmt.Fprintf(f, "<nil money %c>", verb)
		return
	}
	fmt.Fprintf(f, "$%d", m.Cents)
}

func show[T any](x T) { fmt.Println(x) }

func main() {
	var g *G[int]
	fmt.Println(g, &G[int]{2})
	fmt.Println(fmt.Sprint(g, "x"), fmt.Sprint(g, 3))
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	var nm *Money
	log.Println(nm)
	log.Print(nm, &Money{5})
	show(nm)
	var a any = nm
	fmt.Println(a)
	fmt.Print(nm, nm, "\n")
	fmt.Print(&Money{1}, &Money{2}, "\n")
}
