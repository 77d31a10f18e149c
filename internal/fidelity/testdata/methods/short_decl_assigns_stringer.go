package main

import "fmt"

type Tag string

func (t Tag) String() string { return "<" + string(t) + ">" }

type P struct{ X int }

func two() (Tag, int) { return "t", 3 }

func main() {
	m := map[int]Tag{1: "one"}
	var s fmt.Stringer
	s, ok := m[1]
	fmt.Println(s, ok)
	var a any
	a, n := two()
	fmt.Println(a, n)
	var b any = 1
	b, ok2 := m[7]
	fmt.Println(b, ok2)
	ps := map[string]P{"p": {4}}
	var c any
	c, ok3 := ps["p"]
	fmt.Printf("%v %+v %v\n", c, c, ok3)
	for i := range 2 {
		var d any = "x"
		d, ok4 := m[i]
		fmt.Println(d, ok4)
	}
}
