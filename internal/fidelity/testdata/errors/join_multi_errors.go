package main

import (
	"errors"
	"fmt"
	"strings"
)

type LineError struct {
	Line int
	Err  error
}

func (e LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e LineError) Unwrap() error { return e.Err }

var ErrBlank = errors.New("blank line")
var ErrComment = errors.New("unexpected comment")

func check(text string) error {
	var errs []error
	for i, line := range strings.Split(text, "\n") {
		switch {
		case strings.TrimSpace(line) == "":
			errs = append(errs, LineError{i + 1, ErrBlank})
		case strings.HasPrefix(line, "#"):
			errs = append(errs, LineError{i + 1, ErrComment})
		}
	}
	return errors.Join(errs...)
}

func main() {
	err := check("a=1\n\n# hi\nb=2\n ")
	fmt.Println(err)
	fmt.Println("blank?", errors.Is(err, ErrBlank), "comment?", errors.Is(err, ErrComment))
	var le LineError
	if errors.As(err, &le) {
		fmt.Printf("first: %+v\n", le)
	}
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), "errors")
		for _, e := range u.Unwrap() {
			fmt.Printf("  %T %v\n", e, e)
		}
	}
	fmt.Println(check("x=1") == nil)
}
