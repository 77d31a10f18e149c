package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationErr struct{ Field string }

func (v *ValidationErr) Error() string { return "invalid " + v.Field }

type LimitErr struct{ Max int }

func (l LimitErr) Error() string { return "over limit " + strconv.Itoa(l.Max) }

func validate(age int) {
	switch {
	case age < 0:
		panic(&ValidationErr{"age"})
	case age > 150:
		panic(LimitErr{150})
	case age == 42:
		panic(fmt.Sprintf("unlucky %d", age))
	case age == 7:
		var arr []int
		_ = arr[age]
	}
}

func check(age int) (msg string) {
	defer func() {
		switch r := recover().(type) {
		case nil:
			msg = "ok"
		case *ValidationErr:
			msg = "validation: " + r.Field
		case LimitErr:
			msg = fmt.Sprintf("limit: %d", r.Max)
		case error:
			msg = "error: " + r.Error()
		case string:
			msg = "string: " + r
		}
	}()
	validate(age)
	return "unreached?"
}

func main() {
	for _, a := range []int{30, -1, 200, 42, 7} {
		fmt.Println(a, check(a))
	}
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				if e, ok := r.(error); ok {
					err = fmt.Errorf("wrapped: %w", e)
				}
			}
		}()
		validate(-5)
		return nil
	}()
	var ve *ValidationErr
	fmt.Println(err, errors.As(err, &ve), ve.Field)
}
