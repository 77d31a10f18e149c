// A failed assertion of a value that an assertion or a call returned as
// an interface names the value's dynamic type, not the interface's.
package main

import "fmt"

type shape interface{ area() float64 }

type rect struct{ w, h float64 }

type circle struct{ r float64 }

func (r rect) area() float64   { return r.w * r.h }
func (c circle) area() float64 { return 3 * c.r * c.r }

func get() shape { return circle{2} }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	var a any = circle{5}
	try(func() { _ = a.(shape).(rect) })
	m := map[string]any{"k": rect{1, 2}}
	try(func() { _ = m["k"].(shape).(circle) })
	try(func() { _ = get().(rect) })
	try(func() { _ = any(get()).(shape).(*rect) })
	s := a.(shape)
	try(func() { _ = s.(rect) })
	fmt.Printf("%T %T\n", a.(shape), get())
}
