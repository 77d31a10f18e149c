package main

import (
	"errors"
	"fmt"
)

type QueryErr struct {
	Query string
	Err   error
}

func (e *QueryErr) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryErr) Unwrap() error { return e.Err }

var ErrTimeout = errors.New("timeout")

func main() {
	err := error(&QueryErr{"SELECT", ErrTimeout})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrTimeout))
	var q *QueryErr
	fmt.Println(errors.As(fmt.Errorf("ctx: %w", err), &q), q.Query)
}
