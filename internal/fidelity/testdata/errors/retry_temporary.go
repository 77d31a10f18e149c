package main

import (
	"errors"
	"fmt"
)

type temporary interface {
	Temporary() bool
}

type netErr struct {
	msg  string
	temp bool
}

func (e *netErr) Error() string   { return e.msg }
func (e *netErr) Temporary() bool { return e.temp }

func retry(attempts int, f func(int) error) error {
	var err error
	for i := 1; i <= attempts; i++ {
		err = f(i)
		if err == nil {
			return nil
		}
		var t temporary
		if errors.As(err, &t) && t.Temporary() {
			fmt.Printf("attempt %d failed (temporary): %v\n", i, err)
			continue
		}
		return fmt.Errorf("attempt %d: permanent: %w", i, err)
	}
	return fmt.Errorf("gave up after %d attempts: %w", attempts, err)
}

func main() {
	err := retry(3, func(i int) error {
		if i < 3 {
			return &netErr{"timeout", true}
		}
		return nil
	})
	fmt.Println("result 1:", err)
	err = retry(3, func(i int) error {
		if i == 2 {
			return &netErr{"connection refused", false}
		}
		return &netErr{"timeout", true}
	})
	fmt.Println("result 2:", err)
	err = retry(2, func(int) error { return &netErr{"slow", true} })
	fmt.Println("result 3:", err)
	var ne *netErr
	fmt.Println(errors.As(err, &ne), ne.msg)
}
