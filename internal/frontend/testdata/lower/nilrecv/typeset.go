// A method called on a variable of a type parameter is checked against a
// nil interface only where the type argument may be an interface (the
// constraint lists no types): under a constraint that lists types, no
// interface can be the argument, and the call is left as it is.
package main

import "fmt"

type Shape interface{ Area() int }

type Circle struct{ r int }

func (c *Circle) Area() int {
	if c == nil {
		return -1
	}
	return 3 * c.r * c.r
}

// Checked: S may be Shape itself.
func area[S Shape](s S) int { return s.Area() }

// Checked: an interface is comparable.
func areaComparable[S interface {
	comparable
	Area() int
}](s S) int {
	return s.Area()
}

// Not checked: P is *Circle.
func areaPtr[P interface {
	*Circle
	Area() int
}](p P) int {
	return p.Area()
}

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type Temperature interface {
	~float64 | ~int
	Fahrenheit() float64
}

// Not checked: T is a float64 or an int.
func fahrenheit[T Temperature](t T) float64 { return t.Fahrenheit() }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	f()
}

func main() {
	var c *Circle
	try("area", func() { fmt.Println(area(c), area(&Circle{1})) })
	try("area of nil Shape", func() { fmt.Println(area[Shape](nil)) })
	try("areaComparable of nil Shape", func() { fmt.Println(areaComparable[Shape](nil)) })
	try("areaPtr", func() { fmt.Println(areaPtr(c), areaPtr(&Circle{2})) })
	fmt.Println(fahrenheit(Celsius(100)))
}

// Output:
// -1 3
// area of nil Shape panics: runtime error: invalid memory address or nil pointer dereference
// areaComparable of nil Shape panics: runtime error: invalid memory address or nil pointer dereference
// -1 12
// 212
