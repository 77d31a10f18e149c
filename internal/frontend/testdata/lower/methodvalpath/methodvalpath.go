// Taking a method value promoted through an embedded pointer that is nil
// panics, as Go follows the fields when the value is made; one reached
// through pointers that are set works, and binds what they point to.
package main

import "fmt"

type Engine struct{ power int }

func (e Engine) Power() int { return e.power }

func (e *Engine) Boost() { e.power *= 2 }

type Car struct{ *Engine }

type Garage struct{ Car }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "panicked:", recover() != nil) }()
	f()
}

func main() {
	var g Garage
	try("value method", func() { _ = g.Power })
	try("pointer method", func() { _ = g.Boost })
	var pg *Garage
	try("through a nil *Garage", func() { _ = pg.Power })
	g.Car.Engine = &Engine{power: 3}
	power := g.Power
	boost := g.Boost
	boost()
	fmt.Println(power(), g.Power())
}

// Output:
// value method panicked: true
// pointer method panicked: false
// through a nil *Garage panicked: true
// 3 6
