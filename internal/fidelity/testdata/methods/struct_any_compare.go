// A struct with methods held in an any, or in an interface of the
// program's, compared with a struct value: by value, as Go compares.
package main

import "fmt"

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Pt struct{ X int }

func (p *Pt) Move() { p.X++ }

type Str struct{ N string }

func (s Str) String() string { return "S" + s.N }

type Shape interface{ Area() int }

func main() {
	var a any = Sq{2}
	var sh Shape = Sq{2}
	var p any = Pt{1}
	var s any = Str{"x"}
	fmt.Println(a == Sq{2}, sh == Sq{2}, p == Pt{1}, s == Str{"x"})
	fmt.Println(a != Sq{2}, a == Sq{3}, Sq{2} == a)
	xs := []any{Sq{1}, Sq{2}}
	for i, x := range xs {
		if x == (Sq{2}) {
			fmt.Println("found at", i)
		}
	}
	switch a {
	case Sq{2}:
		fmt.Println("switch matched")
	default:
		fmt.Println("switch default")
	}
}
