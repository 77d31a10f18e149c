package main

import "fmt"

type Score int

func Best[T ~int](xs []T) T {
	best := xs[0]
	for _, x := range xs {
		best = max(best, x)
	}
	return best
}

func main() {
	fmt.Println("start")
	fmt.Println(Best([]Score{3, 9, 4}))
}
