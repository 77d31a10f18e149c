// A struct with an error field and an any field, printed.
package main

import (
	"errors"
	"fmt"
)

type Status int

func (s Status) String() string { return [...]string{"ok", "failed"}[s] }

type Result struct {
	Err   error
	Value any
}

func main() {
	results := []Result{
		{nil, 42},
		{errors.New("timeout"), Status(1)},
		{nil, Status(0)},
	}
	for _, r := range results {
		fmt.Println(r)
		fmt.Printf("%+v\n", r)
	}
}
