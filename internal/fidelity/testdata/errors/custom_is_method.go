package main

import (
	"errors"
	"fmt"
)

type TempErr struct{ msg string }

func (e TempErr) Error() string { return e.msg }
func (e TempErr) Is(target error) bool {
	_, ok := target.(TempErr)
	return ok
}

func main() {
	err := fmt.Errorf("op: %w", TempErr{"disk busy"})
	fmt.Println(errors.Is(err, TempErr{}))
	fmt.Println(errors.Is(err, errors.New("disk busy")))
}
