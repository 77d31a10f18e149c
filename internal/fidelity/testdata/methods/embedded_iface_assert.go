package main

import "fmt"

type Animal interface {
	Sound() string
	Name() string
}

type Named interface{ Name() string }

type Dog struct{ name string }

func (d Dog) Name() string  { return d.name }
func (d Dog) Sound() string { return "woof" }

// Loud keeps the animal's name and makes its sound louder.
type Loud struct{ Animal }

func (l Loud) Sound() string { return l.Animal.Sound() + "!" }

// Quiet changes nothing: every method comes from the animal.
type Quiet struct{ Animal }

func describe(n Named) {
	if a, ok := n.(Animal); ok {
		fmt.Println(a.Name(), "says", a.Sound())
	}
	switch v := n.(type) {
	case Loud:
		fmt.Println("a loud", v.Name())
	case *Loud:
		fmt.Println("a pointer to a loud", v.Name())
	case Quiet:
		fmt.Println("a quiet", v.Name())
	default:
		fmt.Println("something else:", v.Name())
	}
}

func main() {
	rex := Dog{"rex"}
	describe(rex)
	describe(Loud{rex})
	describe(&Loud{rex})
	describe(Quiet{rex})

	var a Animal = Loud{rex}
	l := a.(Loud)
	fmt.Println(l.Sound(), l.Name())
	if _, ok := a.(Quiet); !ok {
		fmt.Println("not quiet")
	}
	var s any = Quiet{Loud{rex}}
	if an, ok := s.(Animal); ok {
		fmt.Println(an.Name(), an.Sound())
	}
}
