package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("a")
	ErrB = errors.New("b")
)

func main() {
	err := fmt.Errorf("both: %w and %w", ErrA, ErrB)
	fmt.Println(err, errors.Is(err, ErrA), errors.Is(err, ErrB))
	fmt.Println(errors.Unwrap(err) == nil)
}
