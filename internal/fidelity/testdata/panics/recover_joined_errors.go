// A panic with errors.Join's error, of compiled errors and of one of the
// program's, recovered and used as an error.
package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("step a failed")

type StepError struct{ N int }

func (e StepError) Error() string { return fmt.Sprint("step ", e.N, " failed") }

func runAll() {
	errs := []error{ErrA, StepError{2}}
	panic(errors.Join(errs...))
}

func safeRun() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			err = fmt.Errorf("non-error panic: %v", r)
		}
	}()
	runAll()
	return nil
}

func main() {
	err := safeRun()
	fmt.Println(err)
	var se StepError
	fmt.Println(errors.Is(err, ErrA), errors.As(err, &se), se.N)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panic(errors.Join(StepError{3}))
	}()
}
