package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Reading struct {
	Sensor string
	Value  Celsius
	raw    int
}

func PrintAll[T any](label string, xs ...T) {
	for _, x := range xs {
		fmt.Printf("%s: %v\n", label, x)
	}
}

func Describe[T fmt.Stringer](x T) string {
	return fmt.Sprintf("%v (%T)", x, x)
}

func main() {
	PrintAll("temp", Celsius(21.5), Celsius(-3))
	PrintAll("reading", Reading{"a", 20, 1}, Reading{"b", 22.25, 2})
	fmt.Println(Describe(Celsius(5)))
}
