package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(k string) error {
	if k != "ok" {
		return fmt.Errorf("find %q: %w", k, ErrNotFound)
	}
	return nil
}

func main() {
	err := find("x")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(find("ok"), ErrNotFound))
	fmt.Println(errors.Unwrap(err) == ErrNotFound)
}
