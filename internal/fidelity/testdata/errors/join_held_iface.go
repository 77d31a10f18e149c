// errors.Join's result asserted to interface{ Unwrap() []error } and to
// an interface of the program's, then printed, named and asserted back to
// error, as an error-tree walker does.
package main

import (
	"errors"
	"fmt"
)

type multi interface{ Unwrap() []error }

func leaves(err error) []string {
	if m, ok := err.(interface{ Unwrap() []error }); ok {
		var out []string
		for _, e := range m.Unwrap() {
			out = append(out, leaves(e)...)
		}
		return out
	}
	return []string{err.Error()}
}

func main() {
	errA := errors.New("disk full")
	errB := errors.New("quota exceeded")
	joined := errors.Join(errA, errors.Join(errB, errors.New("read-only")))
	fmt.Println(leaves(joined))

	var v any = joined
	x := v.(interface{ Unwrap() []error })
	fmt.Printf("%T\n", x)
	fmt.Println(x)
	fmt.Printf("%v|%q\n", x, x)
	e := x.(error)
	fmt.Println("as error:", e)
	e2, ok := x.(error)
	fmt.Println(e2 != nil, ok)
	switch y := x.(type) {
	case error:
		fmt.Println("switch:", len(y.Error()))
	}

	m := v.(multi)
	fmt.Printf("%T %d\n", m, len(m.Unwrap()))
	ms := []multi{m, x}
	fmt.Println(ms)
	fmt.Println(fmt.Sprint(m), fmt.Sprintf("%v", []any{m, 1}))
	fmt.Println(fmt.Errorf("context: %v", m))
	byName := map[string]multi{"j": m}
	fmt.Println(byName)
	fmt.Println(errors.Is(e, errB), errors.Is(x.(error), errA))
}
