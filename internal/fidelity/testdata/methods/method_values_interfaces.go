package main

import (
	"fmt"
	"sort"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct {
	Base
	tricks []string
}

func (d Dog) Sound() string   { return "woof" }
func (d *Dog) Learn(t string) { d.tricks = append(d.tricks, t) }

type Cat struct{ Base }

func (Cat) Sound() string  { return "meow" }
func (c Cat) Name() string { return "cat " + c.Base.Name() }

type byName []Animal

func (a byName) Len() int           { return len(a) }
func (a byName) Less(i, j int) bool { return a[i].Name() < a[j].Name() }
func (a byName) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	d := &Dog{Base: Base{"rex"}}
	learn := d.Learn
	learn("sit")
	learn("roll")
	zoo := []Animal{Cat{Base{"tom"}}, d, Dog{Base: Base{"ace"}}}
	sort.Sort(byName(zoo))
	var sounds []func() string
	for _, a := range zoo {
		sounds = append(sounds, a.Sound)
		fmt.Printf("%-8s %s %T\n", a.Name(), a.Sound(), a)
	}
	var parts []string
	for _, s := range sounds {
		parts = append(parts, s())
	}
	fmt.Println(strings.Join(parts, ","), d.tricks)
	nameOf := Animal.Name
	soundOf := (*Dog).Sound
	fmt.Println(nameOf(zoo[0]), soundOf(d), Cat.Sound(Cat{}))
	if dg, ok := zoo[2].(*Dog); ok {
		dg.Learn("fetch")
	}
	fmt.Println(d.tricks, len(zoo[0].(Dog).tricks))
}
