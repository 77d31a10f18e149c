package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func slowService(attempt int) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		d := time.Duration(4-attempt) * time.Second
		if _, err := loop.Await(loop.Sleep(d)); err != nil {
			return nil, err
		}
		return fmt.Sprintf("answer after %v", d), nil
	})
}

func withRetry(max int) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		var lastErr error
		for attempt := 1; attempt <= max; attempt++ {
			v, err := loop.Await(loop.WaitFor(slowService(attempt), 1500*time.Millisecond))
			if err == nil {
				return v, nil
			}
			if !errors.Is(err, loop.ErrTimeout) {
				return nil, err
			}
			fmt.Printf("attempt %d timed out at t=%.1f\n", attempt, loop.Get().Time())
			lastErr = err
		}
		return nil, fmt.Errorf("all %d attempts: %w", max, lastErr)
	})
}

func main() {
	v, err := loop.Run(loop.Async(func() (any, error) {
		t0 := loop.Get().Time()
		v, err := loop.Await(withRetry(4))
		fmt.Printf("elapsed %.1f\n", loop.Get().Time()-t0)
		return v, err
	}))
	fmt.Println(v, err)
	_, err = loop.Run(withRetry(2))
	fmt.Println(err, errors.Is(err, loop.ErrTimeout))
}
