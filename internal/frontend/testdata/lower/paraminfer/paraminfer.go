// A generic function calling one of one type parameter with its own type
// parameter: yaegi did not find a type the program declares by the name it
// gives it there (main.Score), and failed to compile the call; left to its
// inference, it runs. Where its inference would not find the type (an
// untyped constant first, a field of several names), the type argument
// stays.
package main

import "fmt"

type Score int

func Sum[T ~int](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Pick[T any](m map[string]T, k string) T { return m[k] }

func Max[T ~int](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Total[T ~int](xs []T, m map[string]T) (T, T, T) {
	return Sum[T](xs), Pick(m, "a"), Max(Sum(xs), 5)
}

func main() {
	fmt.Println(Total([]Score{1, 2}, map[string]Score{"a": 7}))
}

// Output:
// 3 7 5
