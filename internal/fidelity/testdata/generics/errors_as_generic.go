package main

import (
	"errors"
	"fmt"
	"os"
)

type NotFoundError struct{ Path string }

func (e *NotFoundError) Error() string { return e.Path + ": not found" }

type StatusError int

func (s StatusError) Error() string { return fmt.Sprintf("status %d", int(s)) }

// As is errors.As with the target's type as a type argument.
func As[T error](err error) (T, bool) {
	var target T
	ok := errors.As(err, &target)
	return target, ok
}

func load(path string) error {
	if path == "" {
		return fmt.Errorf("load: %w", StatusError(400))
	}
	return fmt.Errorf("load: %w", &NotFoundError{path})
}

func main() {
	err := load("config.yaml")
	if nf, ok := As[*NotFoundError](err); ok {
		fmt.Println("missing file:", nf.Path)
	}
	if _, ok := As[StatusError](err); !ok {
		fmt.Println("no status")
	}
	if st, ok := As[StatusError](load("")); ok {
		fmt.Println("status:", int(st), st)
	}
	_, openErr := os.Open("/does/not/exist")
	if pe, ok := As[*os.PathError](openErr); ok {
		fmt.Println("op:", pe.Op)
	}
}
