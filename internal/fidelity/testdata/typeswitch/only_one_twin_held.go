package main

import (
	"fmt"
	"strconv"
)

// Celsius is put in interfaces; float64 values only printed.
type Celsius float64

type Reading interface{ Value() float64 }

func (c Celsius) Value() float64 { return float64(c) }

type Label string

func classify(x any) string {
	if c, ok := x.(Celsius); ok {
		return "celsius " + strconv.FormatFloat(float64(c), 'f', 1, 64)
	}
	if l, ok := x.(Label); ok {
		return "label " + string(l)
	}
	return "unknown"
}

func main() {
	var r Reading = Celsius(21.5)
	fmt.Println(r.Value(), classify(r), classify(Label("kitchen")), classify(true))
	f := 3.0
	fmt.Println(f, float64(r.(Celsius))*2)
}
