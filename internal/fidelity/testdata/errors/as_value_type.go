package main

import (
	"errors"
	"fmt"
	"os"
)

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	var err error = fmt.Errorf("wrapped: %w", CodeErr{404})
	var ce CodeErr
	fmt.Println(errors.As(err, &ce), ce.Code)
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe))
}
