package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("root cause")
	err := base
	for i := 0; i < 3; i++ {
		err = fmt.Errorf("layer %d: %w", i, err)
	}
	fmt.Println(err)
	n := 0
	for e := err; e != nil; e = errors.Unwrap(e) {
		n++
	}
	fmt.Println(n, errors.Is(err, base))
}
