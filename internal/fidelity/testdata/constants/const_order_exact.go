package main

import "fmt"

// Constants may be declared in any order; their arithmetic is exact.
const (
	Third     = 1.0 / 3
	Total     = Third * Parts
	Parts     = Width * Height
	Width     = 3
	Height    = 2
	IsWhole   = Total == 2
	Impedance = complex(Resistance, Reactance)
	Magnitude = real(Impedance)*real(Impedance) + imag(Impedance)*imag(Impedance)
)

const (
	Resistance = 3.0
	Reactance  = 4.0
)

var grid [Parts]string

func main() {
	fmt.Println(Third*3 == 1, Total, IsWhole, len(grid))
	fmt.Println(Impedance, Magnitude)
}
