package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string { return "invalid " + e.Field }

func validate() error {
	return fmt.Errorf("validate: %w", &ValidationError{"email"})
}

func main() {
	err := validate()
	var ve *ValidationError
	if errors.As(err, &ve) {
		fmt.Println("field:", ve.Field)
	}
	fmt.Println(err)
}
