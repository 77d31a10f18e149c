package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
}

func (e ValidationError) Error() string { return "invalid " + e.Field }

type FatalError struct{ Code int }

func (e *FatalError) Error() string { return fmt.Sprint("fatal ", e.Code) }

func validate(age int) {
	if age < 0 {
		panic(ValidationError{"age"})
	}
	if age > 200 {
		panic(&FatalError{age})
	}
}

func check(age int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("check: %w", e)
				return
			}
			panic(r)
		}
	}()
	validate(age)
	return nil
}

func main() {
	for _, age := range []int{30, -1, 300} {
		err := check(age)
		var ve ValidationError
		var fe *FatalError
		fmt.Println(age, err, errors.As(err, &ve), errors.As(err, &fe))
	}
}
