package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type PE struct{ c int }

func (e *PE) Error() string { return fmt.Sprint("PE", e.c) }

type E struct {
	c    int
	name string
}

func (e E) Error() string { return fmt.Sprint("E", e.c) }

type Code int

func (c Code) Error() string { return "code" }

func logf(format string, args ...any) string {
	return fmt.Sprintf(format, args...)
}

func main() {
	p := &PE{1}
	s := logf("%p", p)
	fmt.Println(strings.HasPrefix(s, "0x"), s == fmt.Sprintf("%p", p))
	var e error = os.ErrNotExist
	fmt.Println(logf("%w", e))
	fmt.Println(logf("%+w|%#w|%8w", E{1, "a"}, E{2, "b"}, E{3, "c"}))
	var a any = E{4, "d"}
	fmt.Println(logf("%w", a))
	fmt.Println(logf("%w %w", E{5, "e"}, E{6, "f"}))
	err := errors.New("x")
	fmt.Println(logf("%w", err))
	fmt.Println(logf("%w", nil))
	var ne error
	fmt.Println(logf("%w", ne))
	var np *PE
	fmt.Println(logf("%w", np))
	fmt.Println(logf("%w", []error{E{7, "g"}}))
	fmt.Println(fmt.Errorf(logf("%s", "%w"), E{8, "h"}))
	w := fmt.Errorf(logf("%s", "wrap %w"), E{9, "i"})
	var target E
	fmt.Println(errors.As(w, &target), target.c)
	fmt.Println(logf("%w", Code(3)))
}
