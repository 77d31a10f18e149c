// A generic function whose type parameter is spelled as a type of the
// program.
package main

import "fmt"

type T struct{ ID int }

func (t T) String() string { return fmt.Sprintf("T#%d", t.ID) }

func Last[T any](xs []T) T { return xs[len(xs)-1] }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	ts := []T{{1}, {2}, {3}}
	fmt.Println(Last(ts), Last([]string{"a", "b"}))
	ids := Map(ts, func(t T) int { return t.ID * 10 })
	fmt.Println(ids)
	var v any = T{4}
	if t, ok := v.(T); ok {
		fmt.Println("a T:", t, t.ID)
	}
	fmt.Printf("%v %+v %T\n", T{5}, T{6}, T{7})
}
