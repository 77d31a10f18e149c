package main

import (
	"errors"
	"fmt"
)

func main() {
	e1 := errors.New("first")
	e2 := errors.New("second")
	err := errors.Join(e1, nil, e2)
	fmt.Println(err)
	fmt.Println(errors.Is(err, e1), errors.Is(err, e2))
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	fmt.Println(errors.Join(nil, nil) == nil)
}
