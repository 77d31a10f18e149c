// An error type that is an instance of a generic type, with Unwrap:
// printed by its Error method, found by errors.Is and errors.As.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type KeyError[T any] struct{ K T }

func (e KeyError[T]) Error() string { return fmt.Sprint("missing key ", e.K) }
func (e KeyError[T]) Unwrap() error { return ErrNotFound }

func lookup(m map[int]string, k int) (string, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return "", KeyError[int]{k}
}

func main() {
	m := map[int]string{1: "one"}
	_, err := lookup(m, 9)
	var ke KeyError[int]
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.As(err, &ke), ke.K)
	var e2 error = KeyError[string]{"x"}
	fmt.Println(e2)
	fmt.Printf("%v | %s\n", e2, fmt.Errorf("wrapped: %w", err))
	v, err := lookup(m, 1)
	fmt.Println(v, err == nil)
}
