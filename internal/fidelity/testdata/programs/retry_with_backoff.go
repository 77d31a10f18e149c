package main

import (
	"fmt"
	"time"
)

var attempts int

func flaky() error {
	attempts++
	if attempts < 3 {
		return fmt.Errorf("attempt %d: temporary failure", attempts)
	}
	return nil
}

func retry(n int, f func() error) error {
	var err error
	delay := time.Millisecond
	for i := 0; i < n; i++ {
		if err = f(); err == nil {
			return nil
		}
		fmt.Println("retrying after", delay, "because", err)
		time.Sleep(delay)
		delay *= 2
	}
	return fmt.Errorf("gave up: %w", err)
}

func main() {
	fmt.Println(retry(5, flaky), attempts)
}
