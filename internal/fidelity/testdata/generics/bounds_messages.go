package main

import (
	"fmt"
	"slices"
)

func Cut[S ~[]E, E any](s S, i, j int) S { return s[i:j] }

func Tail[S ~[]E, E any](s S, i int) S { return s[i:] }

func At[E any](s []E, i int) E { return s[i] }

func Sub[S ~string](s S, i, j int) S { return s[i:j] }

// Recovered bounds errors in generic code and in slices' functions say
// the bounds, as Go's runtime does.
func main() {
	for _, f := range []func(){
		func() { fmt.Println(Cut([]int{1, 2}, 2, 1)) },
		func() { fmt.Println(Cut([]string{"a"}, 0, 5)) },
		func() { fmt.Println(Tail([]int{1, 2, 3}, 4)) },
		func() { fmt.Println(At([]int{1}, 3)) },
		func() { fmt.Println(Sub("abc", 1, 4)) },
		func() { fmt.Println(slices.Insert([]int{1, 2}, 5, 3)) },
		func() { fmt.Println(slices.Delete([]int{1, 2}, 1, 5)) },
		func() { fmt.Println(slices.Replace([]int{1, 2, 3}, 2, 1)) },
		func() { fmt.Println(slices.Insert([]int{1, 2}, 1, 9), slices.Delete([]int{1, 2, 3}, 0, 1)) },
	} {
		func() {
			defer func() {
				r := recover()
				_, isErr := r.(error)
				fmt.Println(r, isErr)
			}()
			f()
		}()
	}
}
