package main

import (
	"fmt"
	"math"
)

func main() {
	ops := map[string]func(float64, float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"*": func(a, b float64) float64 { return a * b },
		"^": math.Pow,
	}
	for _, k := range []string{"+", "*", "^"} {
		fmt.Println(k, ops[k](2, 5))
	}
}
