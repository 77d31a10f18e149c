package main

import "fmt"

type All struct {
	I  int
	S  string
	B  bool
	F  float64
	P  *int
	Sl []int
	M  map[string]int
	E  error
	Fn func()
	Ar [2]bool
}

func main() {
	var a All
	fmt.Printf("%v\n%+v\n", a, a)
	fmt.Println(a.Sl == nil, a.M == nil, a.E == nil, a.Fn == nil)
}
