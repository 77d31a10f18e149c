package main

import "fmt"

type myByte byte

type Hexb byte

func (h Hexb) String() string { return fmt.Sprintf("<%02x>", byte(h)) }

type Msg struct {
	Data []myByte
	Tag  [2]Hexb
}

func main() {
	b := []myByte("hi")
	fmt.Printf("%s|%x|%X|%q|%v|%d\n", b, b, b, b, b, b)
	h := []Hexb{0x41, 0x42}
	fmt.Printf("%v|%x|%q|%s\n", h, h, h, h)
	a := [2]Hexb{0x43, 0x44}
	fmt.Printf("%v|%x|% x|%s\n", a, a, a, a)
	m := Msg{Data: b, Tag: a}
	fmt.Printf("%v|%+v|%#v\n", m, m, m)
	fmt.Printf("%s|%x\n", m, m)
	var none []myByte
	fmt.Printf("[%s]|[%x]|%v\n", none, none, none == nil)
	fmt.Println(fmt.Sprintf("%8s|%-6x|", b, h))
}
