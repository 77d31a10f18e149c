package main

import (
	"errors"
	"fmt"
)

type E struct{ N int }

func (e E) Error() string { return fmt.Sprint("E", e.N) }

type VE struct{ Msg string }

func (v VE) Error() string { return v.Msg }

func find(ok bool) *VE {
	if ok {
		return nil
	}
	return &VE{"bad"}
}

func main() {
	// Verbs other than %w print the error value as a value.
	fmt.Println(fmt.Errorf("%#v %d", E{7}, E{7}))
	fmt.Println(fmt.Errorf("%v|%s|%+v", E{1}, E{2}, E{3}))
	p := find(true)
	err := fmt.Errorf("lookup: %v", p)
	fmt.Println(err, errors.Unwrap(err) == nil)
	// %w wraps, beside another verb.
	w := fmt.Errorf("%v: %w", E{4}, E{5})
	var target E
	fmt.Println(w, errors.As(w, &target), target.N, errors.Is(w, E{5}), errors.Is(w, E{4}))
}
