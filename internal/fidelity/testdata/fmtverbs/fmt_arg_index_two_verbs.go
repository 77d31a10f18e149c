package main

import "fmt"

type Color int

func (c Color) String() string { return "C" }

type P struct{ X int }

func (p P) String() string { return "P" }

func main() {
	x := Color(5)
	fmt.Printf("%d %[1]v\n", x)
	fmt.Printf("%v %[1]d\n", x)
	fmt.Printf("%v %[1]x %[1]s\n", x)
	p := P{1}
	fmt.Printf("%v %+[1]v %#[1]v\n", p)
	fmt.Printf("%#v %[1]v\n", p)
	fmt.Printf("%d %[1]v\n", p)
}
