package main

import "fmt"

type B []byte

func (b B) String() string { return "B:" + string(b) }

type Raw []byte

type Msg struct {
	Body B
	Data Raw
	Nil  Raw
}

func main() {
	m := Msg{B("hi"), Raw("yo"), nil}
	fmt.Printf("%v\n%+v\n%#v\n%s %x %q\n", m, m, m, []B{B("a")}, []Raw{Raw("b")}, []Raw{Raw("c")})
}
