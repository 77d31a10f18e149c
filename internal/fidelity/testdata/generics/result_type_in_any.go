package main

import (
	"errors"
	"fmt"
)

type Result[T any] struct {
	Val T
	Err error
}

func (r Result[T]) OK() bool { return r.Err == nil }

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

type Point struct{ X, Y int }

func main() {
	r1 := Try(func() (int, error) { return 42, nil })
	r2 := Try(func() (Point, error) { return Point{}, errors.New("no point") })
	r3 := Try(func() ([]string, error) { return []string{"a"}, nil })
	fmt.Println(r1.OK(), r2.OK(), r3.OK())
	fmt.Printf("%v %+v %v\n", r1, r2, r3)
	fmt.Printf("%T %T\n", r1, r2)
	all := []any{r1, r2, r3}
	fmt.Println(all)
	for _, a := range all {
		if r, ok := a.(Result[int]); ok {
			fmt.Println("int result", r.Val)
		}
	}
}
