package main

import "fmt"

type R struct{ name string }

func (r R) Hello() string { return "hello " + r.name }

func use(r R, more ...*R) {}

// %T of values held in interfaces whose types are made of a struct of
// yours: maps, channels and functions name it as Go does.
func main() {
	var a any = []R{}
	var b any = map[string]*R{}
	var c any = func(R) {}
	var d any = [2]R{}
	var e any = make(chan R)
	var f any = func(x int) (R, error) { return R{}, nil }
	fmt.Printf("%T %T %T %T %T %T\n", a, b, c, d, e, f)
	var g any = R.Hello
	var h any = use
	fmt.Printf("%T %T %T\n", g, h, use)
}
