// A slice given as one value of a variadic parameter of its element type
// is one value, not spread: a logging wrapper prints it as a slice.
package main

import "fmt"

type Items []any

func count(args ...any) int { return len(args) }

func logf(format string, args ...any) {
	fmt.Printf("[log] "+format+"\n", args...)
}

type Shape interface{ Area() float64 }

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

func total(shapes ...Shape) (n int, sum float64) {
	for _, s := range shapes {
		n++
		sum += s.Area()
	}
	return
}

func main() {
	xs := []any{1, "two", 3.0}
	fmt.Println(count(xs), count(xs, 4), count(xs...), count(Items{1, 2}))
	logf("%v", xs)
	logf("%v and %d", []any{"a", "b"}, 7)
	logf("%d values", len(xs))
	fmt.Println(total(Sq(1), Sq(2)))
	fmt.Println(total([]Shape{Sq(3)}...))
}
