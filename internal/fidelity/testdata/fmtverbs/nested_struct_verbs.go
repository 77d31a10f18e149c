package main

import "fmt"

type Inner struct{ V []int }
type Outer struct {
	I  Inner
	P  *Inner
	M  map[string]int
	IF any
}

func main() {
	o := Outer{I: Inner{[]int{1}}, M: map[string]int{"k": 1}, IF: 3}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", o.I)
}
