package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrEmpty = errors.New("empty input")

func parse(s string) (int, error) {
	if s == "" {
		return 0, ErrEmpty
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("parse %q: bad digit %q", s, c)
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func load(name string) error {
	_, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("load config: %w", err)
	}
	return nil
}

func main() {
	for _, s := range []string{"42", "", "4x2"} {
		n, err := parse(s)
		wrapped := fmt.Errorf("step 1: %w", err)
		fmt.Println(n, err, errors.Is(wrapped, ErrEmpty))
	}
	err := load("/does/not/exist.conf")
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path)
	}
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == fs.ErrNotExist)
}
