package main

import "fmt"

type T struct{}

func (*T) M() {}

type I interface{ M() }

func main() {
	var p *T
	var i I = p
	fmt.Println(p == nil, i == nil, i != nil)
	var a any = p
	fmt.Println(a == nil, a.(*T) == nil)
}
