package main

import (
	"errors"
	"fmt"

	"github.com/asyncrepl/asyncrepl/loop"
)

var ErrBad = errors.New("bad input")

func check(n int) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		if n < 0 {
			return nil, fmt.Errorf("check %d: %w", n, ErrBad)
		}
		return n * 2, nil
	})
}

func main() {
	_, err := loop.Run(loop.Async(func() (any, error) {
		v, err := loop.Await(check(4))
		fmt.Println(v, err)
		return loop.Await(check(-1))
	}))
	fmt.Println(err, errors.Is(err, ErrBad))
}
