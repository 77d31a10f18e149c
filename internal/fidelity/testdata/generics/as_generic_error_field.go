package main

import "fmt"

type Result[T any] struct {
	Val T
	Err error
}

func As[T any](v any) (T, error) {
	var zero T
	t, ok := v.(T)
	if !ok {
		return zero, fmt.Errorf("want %T", zero)
	}
	return t, nil
}

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func main() {
	fmt.Println(As[[]Result[string]](nil))
}
