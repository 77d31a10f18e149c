// Generic code asserting to its type parameter, instantiated with a named
// type whose representation another value in an interface has: refused
// (the interpreter would take one for the other).
package main

import "fmt"

type Celsius float64

func OfType[T any](xs []any) []T {
	var out []T
	for _, x := range xs {
		if t, ok := x.(T); ok {
			out = append(out, t)
		}
	}
	return out
}

func main() {
	readings := []any{Celsius(21.5), 3.0, "n/a", Celsius(19)}
	fmt.Println(len(OfType[Celsius](readings)), len(OfType[float64](readings)))
}
