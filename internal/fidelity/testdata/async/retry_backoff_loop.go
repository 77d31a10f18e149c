package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

var errTransient = errors.New("transient")

func flaky(failures *int) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		if _, err := loop.Await(loop.Sleep(10 * time.Millisecond)); err != nil {
			return nil, err
		}
		if *failures > 0 {
			*failures--
			return nil, errTransient
		}
		return "ok", nil
	})
}

func retry(n int, mk func() *loop.Coroutine) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		delay := 100 * time.Millisecond
		var lastErr error
		for attempt := 1; attempt <= n; attempt++ {
			v, err := loop.Await(mk())
			if err == nil {
				return fmt.Sprintf("%v after %d attempts", v, attempt), nil
			}
			lastErr = err
			fmt.Printf("attempt %d failed: %v; waiting %v\n", attempt, err, delay)
			if _, err := loop.Await(loop.Sleep(delay)); err != nil {
				return nil, err
			}
			delay *= 2
		}
		return nil, fmt.Errorf("gave up: %w", lastErr)
	})
}

func main() {
	f := 2
	v, err := loop.Run(retry(5, func() *loop.Coroutine { return flaky(&f) }))
	fmt.Println(v, err)
	f = 10
	v, err = loop.Run(retry(3, func() *loop.Coroutine { return flaky(&f) }))
	fmt.Println(v, err, errors.Is(err, errTransient))
}
