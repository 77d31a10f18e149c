package main

import (
	"errors"
	"fmt"
	"os"
)

type ExitError struct {
	Code int
	Msg  string
}

func (e *ExitError) Error() string { return e.Msg }

func run(args []string) error {
	if len(args) < 2 {
		return &ExitError{Code: 3, Msg: "usage: prog NAME"}
	}
	fmt.Println("hello", args[1])
	return nil
}

func main() {
	defer fmt.Println("never printed: os.Exit skips defers")
	if err := run([]string{"prog"}); err != nil {
		fmt.Println("error:", err)
		var ee *ExitError
		if errors.As(err, &ee) {
			os.Exit(ee.Code)
		}
		os.Exit(1)
	}
}
