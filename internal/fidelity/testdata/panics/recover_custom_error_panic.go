package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
}

func (v ValidationError) Error() string { return "invalid " + v.Field }

func mustPositive(n int) int {
	if n <= 0 {
		panic(ValidationError{"n"})
	}
	return n
}

func safe(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = fmt.Errorf("recovered: %w", r)
		default:
			err = fmt.Errorf("recovered non-error: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(safe(func() { mustPositive(3) }))
	err := safe(func() { mustPositive(-1) })
	var ve ValidationError
	fmt.Println(err, errors.As(err, &ve), ve.Field)
	fmt.Println(safe(func() { panic("plain string") }))
	fmt.Println(safe(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(safe(func() {
		s := []int{1}
		i := 5
		_ = s[i]
	}))
}
