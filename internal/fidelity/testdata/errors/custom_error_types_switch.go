package main

import (
	"errors"
	"fmt"
	"strings"
)

type NotFoundError struct{ Resource, ID string }

func (e NotFoundError) Error() string { return e.Resource + " " + e.ID + " not found" }

type ConflictError struct {
	ID     string
	Reason string
}

func (e *ConflictError) Error() string { return "conflict on " + e.ID + ": " + e.Reason }

var ErrUnauthorized = errors.New("unauthorized")

func status(err error) int {
	var nf NotFoundError
	var ce *ConflictError
	switch {
	case err == nil:
		return 200
	case errors.Is(err, ErrUnauthorized):
		return 401
	case errors.As(err, &nf):
		return 404
	case errors.As(err, &ce):
		return 409
	default:
		return 500
	}
}

func main() {
	errs := []error{
		nil,
		fmt.Errorf("handler: %w", ErrUnauthorized),
		NotFoundError{"user", "42"},
		fmt.Errorf("db: %w", &ConflictError{"7", "version mismatch"}),
		errors.New("boom"),
		errors.Join(errors.New("a"), ErrUnauthorized),
	}
	var lines []string
	for _, e := range errs {
		lines = append(lines, fmt.Sprintf("%d %v", status(e), e))
	}
	fmt.Println(strings.Join(lines, "\n"))
	switch e := errs[2].(type) {
	case NotFoundError:
		fmt.Println("type switch:", e.Resource)
	}
}
