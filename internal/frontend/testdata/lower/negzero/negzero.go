// A negative zero passed to a function keeps its sign, alone, in a struct
// or a complex number, through every kind of call; the function used as a
// value has its own type.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Point struct{ X, Y float64 }

type Celsius float64

func show(label string, x float64) { fmt.Println(label, x, math.Signbit(x)) }

func mirror(p Point) Point { return p }

func pair() (string, float64) { return "pair", math.Copysign(0, -1) }

func unused(x float64) {}

func count(x float64, rest ...float64) float64 { return x * float64(len(rest)+1) }

func imagSign(c complex128) bool { return math.Signbit(imag(c)) }

func temp(_ int, c Celsius, a, b float32) string { return fmt.Sprint(c, a, b) }

func above(x float64) bool { return x > 3 }

func main() {
	nz := math.Copysign(0, -1)
	show("direct", nz)
	show(pair())
	fmt.Println(mirror(Point{nz, 0}))
	f := show
	f("value", nz)
	var g func(string, float64) = show
	g("var", nz)
	unused(nz)
	fmt.Println(count(nz, 1, 2), count(nz))
	fmt.Println(imagSign(complex(1, nz)))
	fmt.Println(temp(1, Celsius(nz), float32(nz), 2))
	fmt.Println(sort.Search(10, func(i int) bool { return above(float64(i)) }))
	done := make(chan bool)
	go func() { show("go", nz); done <- true }()
	<-done
	defer show("defer", nz)
	var h any = show
	hf := h.(func(string, float64))
	hf("iface", nz)
}

// Output:
// direct -0 true
// pair -0 true
// {-0 0}
// value -0 true
// var -0 true
// -0 -0
// true
// -0 -0 2
// 4
// go -0 true
// iface -0 true
// defer -0 true
