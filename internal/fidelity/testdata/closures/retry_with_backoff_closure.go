package main

import (
	"errors"
	"fmt"
	"time"
)

type Clock func() time.Duration

func withRetry(attempts int, base time.Duration, sleep func(time.Duration), op func(int) error) error {
	var errs []error
	delay := base
	for i := 0; i < attempts; i++ {
		err := op(i)
		if err == nil {
			return nil
		}
		errs = append(errs, err)
		if i < attempts-1 {
			sleep(delay)
			delay *= 2
		}
	}
	return fmt.Errorf("after %d attempts: %w", attempts, errors.Join(errs...))
}

func main() {
	var slept []time.Duration
	sleep := func(d time.Duration) { slept = append(slept, d) }
	calls := 0
	err := withRetry(4, 100*time.Millisecond, sleep, func(i int) error {
		calls++
		if i < 2 {
			return fmt.Errorf("try %d: busy", i)
		}
		return nil
	})
	fmt.Println(err, calls, slept)
	slept = nil
	err = withRetry(3, time.Second, sleep, func(i int) error { return errors.New("down") })
	fmt.Println(err)
	fmt.Println(slept)
}
