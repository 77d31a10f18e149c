// Two assertions of calls through interface fields in one assignment (a
// visitor-style evaluator).
package main

import "fmt"

type Expr interface{ Eval() any }

type Num struct{ v float64 }

func (n Num) Eval() any { return n.v }

type Add struct{ L, R Expr }

func (a Add) Eval() any {
	l, r := a.L.Eval().(float64), a.R.Eval().(float64)
	return l + r
}

type Pair struct{ L, R Expr }

func main() {
	e := Add{Num{1}, Add{Num{2}, Num{3.5}}}
	fmt.Println(e.Eval())
	p := Pair{Num{4}, e}
	x, y := p.L.Eval().(float64), p.R.Eval().(float64)
	fmt.Println(x, y)
	defer func() { fmt.Println("recovered:", recover()) }()
	var q Pair
	_, _ = q.L.Eval().(float64), q.R.Eval().(float64)
}
