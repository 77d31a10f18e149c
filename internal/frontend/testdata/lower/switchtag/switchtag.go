// A switch with a tag compares as Go does: an interface with constants and
// with values of the program's types, nil with pointers, slices, maps and
// funcs, and a channel with the same channel of another direction.
package main

import (
	"errors"
	"fmt"
	"io"
)

type Key interface{ K() int }
type k struct{ n int }

func (x k) K() int { return x.n }

func kind(x any) string {
	switch x {
	case nil:
		return "nil"
	case "a", "b":
		return "a letter"
	case 1, 2.5:
		return "a number"
	case true:
		return "true"
	}
	return fmt.Sprint("other ", x)
}

func main() {
	for _, x := range []any{nil, "b", 1, 2.5, true, 3} {
		fmt.Println(kind(x))
	}
	var a, b Key = k{1}, k{1}
	switch a {
	case b:
		fmt.Println("same key")
	default:
		fmt.Println("FAIL")
	}
	err := fmt.Errorf("wrapped: %w", io.EOF)
	switch errors.Unwrap(err) {
	case io.EOF:
		fmt.Println("EOF")
	}
	ch := make(chan int)
	var ro <-chan int = ch
	switch ro {
	case ch:
		fmt.Println("same chan")
	}
	switch ch {
	case ro:
		fmt.Println("same chan again")
	}
	var p *k
	var s []int
	var m map[string]int
	var f func()
L:
	for i := 0; i < 2; i++ {
		switch n := i; p {
		case nil:
			fmt.Println("nil pointer", n)
			if n == 1 {
				break L
			}
			fallthrough
		default:
			fmt.Println("fell through")
		}
	}
	switch s {
	case nil:
		fmt.Println("nil slice")
	}
	switch m {
	case nil:
		fmt.Println("nil map")
	}
	switch f {
	case nil:
		fmt.Println("nil func")
	}
}

// Output:
// nil
// a letter
// a number
// a number
// true
// other 3
// same key
// EOF
// same chan
// same chan again
// nil pointer 0
// fell through
// nil pointer 1
// nil slice
// nil map
// nil func
