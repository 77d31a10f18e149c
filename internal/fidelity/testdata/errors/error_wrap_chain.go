package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type ValidationError struct {
	Field string
	Err   error
}

func (e *ValidationError) Error() string { return "validate " + e.Field + ": " + e.Err.Error() }
func (e *ValidationError) Unwrap() error { return e.Err }

func parseAge(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &ValidationError{Field: "age", Err: err}
	}
	if n < 0 {
		return 0, &ValidationError{Field: "age", Err: errors.New("negative")}
	}
	return n, nil
}

func load(s string) error {
	if _, err := parseAge(s); err != nil {
		return fmt.Errorf("load user: %w", err)
	}
	return nil
}

func main() {
	for _, in := range []string{"42", "abc", "-1", "99999999999999999999"} {
		err := load(in)
		fmt.Printf("%q: %v\n", in, err)
		if err == nil {
			continue
		}
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  field:", ve.Field)
		}
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("  numerror:", ne.Func, ne.Num, ne.Err == strconv.ErrRange, errors.Is(err, strconv.ErrSyntax))
		}
		for e := err; e != nil; e = errors.Unwrap(e) {
			fmt.Printf("  - %T\n", e)
		}
	}
	_, err := os.Open("/definitely/not/here")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op)
}
