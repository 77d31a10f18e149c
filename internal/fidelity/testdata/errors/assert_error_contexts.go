package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

type CodeErr struct{ code int }

func (e CodeErr) Error() string { return fmt.Sprint("code ", e.code) }

// An assertion to a type of yours used directly as an error.
func unwrap(err error) error { return err.(*MyErr) }

func classify(err error) (out error) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Errorf("not mine: %v", r)
		}
	}()
	return err.(*MyErr)
}

func main() {
	fmt.Println(unwrap(&MyErr{3}))
	fmt.Println(classify(&MyErr{4}))
	fmt.Println(classify(errors.New("plain")))
	var err error = CodeErr{7}
	var e2 error = err.(CodeErr)
	fmt.Println(e2, errors.Is(e2, CodeErr{7}), e2 == err)
	errs := []error{err.(CodeErr), unwrap(&MyErr{5})}
	fmt.Println(errs, errors.Join(errs...))
	var target *MyErr
	fmt.Println(errors.As(unwrap(&MyErr{6}), &target), target.code)
}
