package main

import "fmt"

type Toggler interface{ Toggle() }

type Light struct{ on bool }

func (l *Light) Toggle() { l.on = !l.on }

func main() {
	l := &Light{}
	var t Toggler = l
	t.Toggle()
	t.Toggle()
	t.Toggle()
	fmt.Println(l.on)
}
