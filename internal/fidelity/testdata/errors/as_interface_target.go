package main

import (
	"errors"
	"fmt"
)

type temporary interface{ Temporary() bool }

type netErr struct{}

func (netErr) Error() string   { return "net down" }
func (netErr) Temporary() bool { return true }

func main() {
	err := fmt.Errorf("dial: %w", netErr{})
	var t temporary
	if errors.As(err, &t) {
		fmt.Println("temporary:", t.Temporary())
	}
}
