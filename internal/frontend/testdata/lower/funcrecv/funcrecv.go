// Methods of function types selected on struct fields, slice elements and
// variables assigned from them, and in composite literals: the interpreter
// held the values as plain funcs and did not find the methods.
package main

import (
	"fmt"
	"strings"
)

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(s string) string { return f(s) }

func (f HandlerFunc) Then(g HandlerFunc) HandlerFunc {
	return func(s string) string { return g(f(s)) }
}

type Route struct {
	Name string
	H    HandlerFunc
}

type Pred func(int) bool

func (p Pred) And(q Pred) Pred { return func(n int) bool { return p(n) && q(n) } }

func main() {
	r := Route{"rev", func(s string) string { return s + s }}
	fmt.Println(r.H.Serve("ab"))
	routes := []Route{r, {"up", strings.ToUpper}}
	for _, rt := range routes {
		fmt.Println(rt.Name, rt.H.Serve("x"), rt.H.Then(strings.ToUpper).Serve("y"))
	}
	f := r.H
	fmt.Println(f.Serve("b"))
	serve := routes[1].H.Serve
	defer fmt.Println("deferred", routes[1].H.Serve("z"))
	fmt.Println(serve("q"))
	big := Pred(func(n int) bool { return n > 10 })
	even := Pred(func(n int) bool { return n%2 == 0 })
	preds := map[string]Pred{"bigeven": big.And(even)}
	fmt.Println(preds["bigeven"](12), preds["bigeven"].And(big)(3))
	hs := []HandlerFunc{r.H, HandlerFunc(strings.ToLower).Then(r.H)}
	fmt.Println(hs[1].Serve("AB"), len(hs))
}

// Output:
// abab
// rev xx YY
// up X Y
// bb
// Q
// true false
// abab 2
// deferred Z
