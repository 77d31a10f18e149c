package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type NotFoundError struct {
	Resource string
	ID       int
}

func (e *NotFoundError) Error() string {
	return fmt.Sprintf("%s %d not found", e.Resource, e.ID)
}

type ValidationError struct {
	Field string
	Err   error
}

func (e ValidationError) Error() string { return "invalid " + e.Field + ": " + e.Err.Error() }
func (e ValidationError) Unwrap() error { return e.Err }

var ErrEmpty = errors.New("empty")

type Temporary interface {
	Temporary() bool
}

type netErr struct{ msg string }

func (n netErr) Error() string   { return n.msg }
func (n netErr) Temporary() bool { return true }

func find(id int) error {
	if id < 0 {
		return ValidationError{"id", ErrEmpty}
	}
	if id > 10 {
		return fmt.Errorf("lookup: %w", &NotFoundError{"user", id})
	}
	if id == 5 {
		return fmt.Errorf("call: %w", netErr{"timeout"})
	}
	return nil
}

func main() {
	for _, id := range []int{-1, 3, 5, 42} {
		err := find(id)
		fmt.Printf("%d: %v\n", id, err)
		var nf *NotFoundError
		if errors.As(err, &nf) {
			fmt.Println("  not found:", nf.Resource, nf.ID)
		}
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  validation field:", ve.Field, errors.Is(err, ErrEmpty))
		}
		var t Temporary
		if errors.As(err, &t) {
			fmt.Println("  temporary:", t.Temporary())
		}
		if err != nil {
			fmt.Println("  unwrap:", errors.Unwrap(err))
		}
	}

	_, err := strconv.Atoi("12x")
	var numErr *strconv.NumError
	fmt.Println(errors.As(err, &numErr), numErr.Func, numErr.Num, numErr.Err == strconv.ErrSyntax)

	_, err = os.Open("/definitely/not/here")
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path)
	}

	joined := errors.Join(ErrEmpty, &NotFoundError{"post", 9}, nil)
	fmt.Println(joined)
	var nf *NotFoundError
	fmt.Println(errors.Is(joined, ErrEmpty), errors.As(joined, &nf), nf.ID)

	wrapped := fmt.Errorf("outer: %w; inner: %w", ErrEmpty, ValidationError{"name", errors.New("too long")})
	fmt.Println(wrapped)
	var ve ValidationError
	fmt.Println(errors.As(wrapped, &ve), ve.Field)
	fmt.Printf("%T %T\n", wrapped, errors.Unwrap(wrapped))
}
