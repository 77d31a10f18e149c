// A describe helper printing the type of whatever it is given, in a
// program that also has a named float type of its own.
package main

import "fmt"

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

func describe(v any) string { return fmt.Sprintf("%T=%v", v, v) }

func main() {
	c := Celsius(20)
	fmt.Println(c+1, c.Fahrenheit())
	for _, v := range []any{3, "s", 2.5, []int{1}, map[string]bool{"x": true}, nil} {
		fmt.Println(describe(v))
	}
	fmt.Printf("%T %T\n", c, c.Fahrenheit())
}
