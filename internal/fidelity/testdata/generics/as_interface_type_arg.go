package main

import (
	"errors"
	"fmt"
	"io/fs"
)

// As returns v as a T, if it holds one.
func As[T any](v any) (T, bool) {
	t, ok := v.(T)
	return t, ok
}

// Count counts the values that are a T.
func Count[T any](vs ...any) int {
	n := 0
	for _, v := range vs {
		switch v.(type) {
		case T:
			n++
		}
	}
	return n
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Getter[T any] struct{ v T }

func (g Getter[T]) Get() T { return g.v }

// Values collects what the getters among vs return.
func Values[T any](vs ...any) []T {
	var out []T
	for _, v := range vs {
		if g, ok := v.(interface{ Get() T }); ok {
			out = append(out, g.Get())
		}
	}
	return out
}

func main() {
	vals := []any{1, "two", Celsius(21.5), errors.New("boom"), nil, fs.ErrNotExist}
	if s, ok := As[fmt.Stringer](vals[2]); ok {
		fmt.Println("stringer:", s)
	}
	if err, ok := As[error](vals[3]); ok {
		fmt.Println("error:", err)
	}
	_, ok := As[error](vals[0])
	fmt.Println("1 is an error:", ok)
	fmt.Println(Count[any](vals...), Count[error](vals...), Count[fmt.Stringer](vals...), Count[int](vals...))
	fmt.Println(Values[int](Getter[int]{4}, "x", 5, Getter[int]{6}))
}
