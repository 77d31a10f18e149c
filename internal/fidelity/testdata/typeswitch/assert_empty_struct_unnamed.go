package main

import "fmt"

type A struct{}

type Done struct{ n int }

func (Done) String() string { return "done" }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	_ = A{}
	var x any = struct{}{}
	try(func() { _ = x.(fmt.Stringer) })
	fmt.Printf("%T %v\n", x, x)
	var s fmt.Stringer = Done{}
	fmt.Println(s)
}
