// An empty struct with String held in a fmt.Stringer, then passed on as
// an any: a type switch and an assertion find its type.
package main

import "fmt"

type Unit struct{}

func (Unit) String() string { return "unit" }

type Lvl int

func (l Lvl) String() string { return "lvl" }

func show(v any) {
	switch v.(type) {
	case Unit:
		fmt.Println("Unit")
	case Lvl:
		fmt.Println("Lvl")
	default:
		fmt.Println("default")
	}
}

func main() {
	var s fmt.Stringer = Unit{}
	show(s)
	_, ok := any(s).(Unit)
	fmt.Println(ok)
}
