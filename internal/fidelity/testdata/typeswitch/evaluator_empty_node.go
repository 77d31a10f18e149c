// An evaluator's type switch over node types, one of them an empty struct
// with methods, and assertions of it to its own type and to others.
package main

import "fmt"

type Num int
type Add struct{ L, R Node }
type Unit struct{}

type Node interface{ Eval() int }

func (n Num) Eval() int    { return int(n) }
func (a Add) Eval() int    { return a.L.Eval() + a.R.Eval() }
func (Unit) Eval() int     { return 0 }
func (n Num) Kind() string { return "num" }

func describe(x any) string {
	switch v := x.(type) {
	case Num:
		return fmt.Sprint("num ", int(v))
	case Add:
		return "add"
	case Unit:
		return "unit"
	default:
		return "other"
	}
}

func main() {
	nodes := []any{Num(2), Add{Num(1), Unit{}}, Unit{}, "x"}
	for _, n := range nodes {
		_, isNum := n.(Num)
		_, isUnit := n.(Unit)
		fmt.Println(describe(n), isNum, isUnit)
	}
	var n Node = Unit{}
	if _, ok := n.(Num); !ok {
		fmt.Println("not a num", n.Eval())
	}
}
