package main

import "fmt"

func Ptr[T any](v T) *T { return &v }

func main() {
	p := Ptr(42)
	s := Ptr("hi")
	*p++
	fmt.Println(*p, *s)
	fmt.Printf("%T %T\n", p, s)
}
