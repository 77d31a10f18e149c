package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("base %d", b.ID) }

type Derived struct {
	Base
	Name string
}

func main() {
	d := Derived{Base{7}, "d"}
	fmt.Println(d.Describe(), d.ID)
	fmt.Printf("%+v\n", d)
}
