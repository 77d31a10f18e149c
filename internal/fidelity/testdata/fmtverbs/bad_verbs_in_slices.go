package main

import "fmt"

// Celsius is a temperature; printing one with an integer verb is a
// mistake that fmt reports naming the type.
type Celsius float64

type Grade string

type Reading struct {
	Where string
	Temp  Celsius
	grade Grade
}

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

func main() {
	temps := []Celsius{3, 21.5}
	fmt.Printf("%d\n", temps)
	fmt.Printf("%v\n", temps)
	fmt.Printf("%x\n", [2]Celsius{1, 2})
	fmt.Printf("%d\n", map[string]Celsius{"x": 1})
	fmt.Printf("%d\n", struct{ C Celsius }{4})
	fmt.Printf("%d\n", Reading{"lab", 20, "A"})
	fmt.Printf("%+d\n", []Reading{{"x", 1, "B"}})
	fmt.Printf("%d\n", map[Grade][]Celsius{"A": {1}})
	fmt.Printf("%s %d\n", []Level{0, 1}, []Level{0, 1})
	fmt.Printf("%d\n", []any{Level(1), 2})
	fmt.Printf("%d\n", Celsius(5))
}
