package main

import "fmt"

type P struct{ X int }

func main() {
	p := P{1}
	fmt.Println(any(struct{}{}) == nil, any(p) != nil)
	var a any = p
	fmt.Println(a == nil, a != nil)
}
