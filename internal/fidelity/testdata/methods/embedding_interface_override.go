package main

import "fmt"

type Animal interface {
	Name() string
	Sound() string
}

type Base struct{ name string }

func (b Base) Name() string  { return b.name }
func (b Base) Sound() string { return "..." }
func (b Base) Describe() string {
	return b.Name() + " says " + b.Sound()
}

type Dog struct{ Base }

func (Dog) Sound() string { return "woof" }

type Loud struct{ Animal }

func (l Loud) Sound() string { return l.Animal.Sound() + "!!!" }

func describe(a Animal) string { return a.Name() + " says " + a.Sound() }

func main() {
	d := Dog{Base{"rex"}}
	fmt.Println(d.Describe())
	fmt.Println(describe(d))
	l := Loud{d}
	fmt.Println(describe(l))
	animals := []Animal{Base{"generic"}, d, l, Loud{Loud{Base{"echo"}}}}
	for _, a := range animals {
		fmt.Printf("%T: %s\n", a, describe(a))
	}
}
