// Counting the errors of a tree: a type switch on the multi-error
// interface, which a single %w wrapper (*fmt.wrapError, whose Unwrap
// returns one error) is not, and errors.Unwrap for the rest.
package main

import (
	"errors"
	"fmt"
)

type multi interface{ Unwrap() []error }

func count(err error) int {
	switch e := err.(type) {
	case multi:
		n := 0
		for _, c := range e.Unwrap() {
			n += count(c)
		}
		return n
	}
	if u := errors.Unwrap(err); u != nil {
		return 1 + count(u)
	}
	return 1
}

func main() {
	base := errors.New("disk full")
	wrapped := fmt.Errorf("write: %w", base)
	fmt.Println(count(base), count(wrapped))
	joined := errors.Join(wrapped, errors.New("close failed"))
	fmt.Println(count(joined))
	_, isMulti := error(wrapped).(multi)
	fmt.Println(isMulti)
}
