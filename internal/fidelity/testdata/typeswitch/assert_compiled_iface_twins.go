package main

import "fmt"

type A struct{ N int }

func (A) String() string { return "a" }

type B struct{ N int }

func main() {
	var x any = B{1}
	_, ok := x.(fmt.Stringer)
	fmt.Println(ok)
}
