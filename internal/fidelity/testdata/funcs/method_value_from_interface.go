package main

import "fmt"

type Speaker interface{ Speak() string }
type Cat struct{ name string }

func (c Cat) Speak() string { return c.name + ": meow" }

func main() {
	var s Speaker = Cat{"kit"}
	f := s.Speak
	s = Cat{"tom"}
	fmt.Println(f(), s.Speak())
}
