package main

import (
	"errors"
	"fmt"
)

type StatusError struct {
	Code int
	Msg  string
}

func (e StatusError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }

func (e StatusError) Is(target error) bool {
	t, ok := target.(StatusError)
	if !ok {
		return false
	}
	return t.Code == e.Code || (t.Code == 0 && t.Msg == e.Msg)
}

var (
	ErrNotFound = StatusError{Code: 404}
	ErrTeapot   = StatusError{Code: 418}
)

type RetryError struct {
	Attempts int
	Last     error
}

func (r *RetryError) Error() string {
	return fmt.Sprintf("after %d attempts: %v", r.Attempts, r.Last)
}
func (r *RetryError) Unwrap() error { return r.Last }

func fetch(path string) error {
	switch path {
	case "/missing":
		return StatusError{404, "not found"}
	case "/tea":
		return fmt.Errorf("fetch %s: %w", path, StatusError{418, "I'm a teapot"})
	case "/flaky":
		return &RetryError{3, StatusError{503, "unavailable"}}
	}
	return nil
}

func main() {
	for _, p := range []string{"/", "/missing", "/tea", "/flaky"} {
		err := fetch(p)
		fmt.Printf("%-8s %-45v notfound=%-5v teapot=%-5v", p, err, errors.Is(err, ErrNotFound), errors.Is(err, ErrTeapot))
		var se StatusError
		if errors.As(err, &se) {
			fmt.Printf(" code=%d", se.Code)
		}
		var re *RetryError
		if errors.As(err, &re) {
			fmt.Printf(" attempts=%d", re.Attempts)
		}
		fmt.Println()
	}
	byMsg := StatusError{Msg: "unavailable"}
	fmt.Println(errors.Is(fetch("/flaky"), byMsg))
	joined := errors.Join(fetch("/missing"), fetch("/tea"))
	fmt.Println(errors.Is(joined, ErrTeapot), errors.Is(joined, StatusError{Code: 500}))
	fmt.Printf("%q\n", joined.Error())
}
