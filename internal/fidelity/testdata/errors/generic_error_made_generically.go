// An error of a generic type made by generic code, compared with one made
// by the caller: errors.Is, ==, errors.As.
package main

import (
	"errors"
	"fmt"
)

type NotFound[K comparable] struct{ Key K }

func (e NotFound[K]) Error() string { return fmt.Sprint("not found: ", e.Key) }

type Store[K comparable, V any] struct{ m map[K]V }

func Get[K comparable, V any](s Store[K, V], k K) (V, error) {
	v, ok := s.m[k]
	if !ok {
		return v, NotFound[K]{k}
	}
	return v, nil
}

func main() {
	s := Store[string, int]{m: map[string]int{"a": 1}}
	_, err := Get(s, "b")
	fmt.Println(err, errors.Is(err, NotFound[string]{"b"}), err == NotFound[string]{"b"})
	var nf NotFound[string]
	fmt.Println(errors.As(err, &nf), nf.Key)
	_, err = Get(Store[int, bool]{}, 7)
	fmt.Println(errors.Is(err, NotFound[int]{7}), errors.Is(err, NotFound[string]{"7"}))
}
