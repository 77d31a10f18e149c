package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }

func main() {
	err := fmt.Errorf("lookup: %w", NotFound{"cfg"})
	target := new(NotFound)
	fmt.Println(errors.As(err, target), target.Name)

	var nf NotFound
	p := &nf
	fmt.Println(errors.As(err, p), p.Name)
}

// Output:
// true cfg
// true cfg
