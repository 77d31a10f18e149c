// fmt.Errorf's arguments of a type parameter: only one that is an error
// is kept as error (%w); another, %T of a T any, is converted to any.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func As[T any](v any) (T, error) {
	var zero T
	t, ok := v.(T)
	if !ok {
		return zero, fmt.Errorf("want %T", zero)
	}
	return t, nil
}

func Wrap[E error](e E) error { return fmt.Errorf("wrapped: %w", e) }

func main() {
	fmt.Println(As[[]string](nil))
	fmt.Println(As[int](3))
	err := Wrap(&NotFound{"k"})
	var nf *NotFound
	fmt.Println(err, errors.As(err, &nf), nf.Key)
}

// Output:
// [] want []string
// 3 <nil>
// wrapped: not found: k true k
