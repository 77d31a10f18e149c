package main

import "fmt"

type T struct{ name string }

func (t T) Say() { fmt.Println("say", t.name) }

func main() {
	t := T{"first"}
	defer t.Say()
	t.name = "second"
	p := &T{"p1"}
	defer p.Say()
	p.name = "p2"
}
