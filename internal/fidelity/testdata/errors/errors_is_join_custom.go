package main

import (
	"errors"
	"fmt"
)

type E struct{ n int }

func (e E) Error() string { return fmt.Sprint("e", e.n) }

func main() {
	err := errors.Join(E{1}, E{2})
	fmt.Println(errors.Is(err, E{2}), errors.Is(err, E{3}))
	var target E
	fmt.Println(errors.As(err, &target), target.n)
}
