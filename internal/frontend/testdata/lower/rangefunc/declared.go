// Range over iterator functions declared as functions, methods and
// generic functions, named without parentheses in the call, and over a
// pointer to an iterator, which keeps them.
package main

import (
	"fmt"
	"iter"
)

type List struct{ xs []int }

func (l List) All(yield func(int, int) bool) {
	for i, x := range l.xs {
		if !yield(i, x) {
			return
		}
	}
}

func Evens(yield func(int) bool) {
	for i := 0; ; i += 2 {
		if !yield(i) {
			return
		}
	}
}

func Repeat[T any](yield func(T) bool) {
	var zero T
	yield(zero)
}

var named iter.Seq[int] = Evens

func main() {
	for v := range Evens {
		if v > 4 {
			break
		}
		fmt.Println("even", v)
	}
	l := List{[]int{7, 8}}
	for i, x := range l.All {
		fmt.Println(i, x)
	}
	for i := range l.All {
		fmt.Println("i", i)
	}
	for v := range Repeat[string] {
		fmt.Printf("%q\n", v)
	}
	p := &named
	for v := range *p {
		if v == 2 {
			break
		}
		fmt.Println("p", v)
	}
}

// Output:
// even 0
// even 2
// even 4
// 0 7
// 1 8
// i 0
// i 1
// ""
// p 0
