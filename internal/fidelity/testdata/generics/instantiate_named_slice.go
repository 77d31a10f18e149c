package main

import "fmt"

type Ints []int

func First[S ~[]E, E any](s S) E { return s[0] }

func Clone[S ~[]E, E any](s S) S { return append(S(nil), s...) }

func main() {
	xs := Ints{7, 8, 9}
	c := Clone(xs)
	c[0] = 100
	fmt.Println(First(xs), c)
	fmt.Printf("%T\n", c)
}
