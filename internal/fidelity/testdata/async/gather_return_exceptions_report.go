package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

type CheckError struct {
	Host string
	Code int
}

func (e *CheckError) Error() string { return fmt.Sprintf("%s: status %d", e.Host, e.Code) }

type Health struct {
	Host    string
	Latency time.Duration
}

func check(host string, ms int, code int) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		if _, err := loop.Await(loop.Sleep(time.Duration(ms) * time.Millisecond)); err != nil {
			return nil, err
		}
		if code != 200 {
			return nil, &CheckError{host, code}
		}
		return Health{host, time.Duration(ms) * time.Millisecond}, nil
	})
}

func main() {
	res, err := loop.Run(loop.Async(func() (any, error) {
		return loop.Await(loop.GatherReturnExceptions(
			check("a.example", 120, 200),
			check("b.example", 80, 503),
			check("c.example", 40, 200),
		))
	}))
	fmt.Println("err:", err)
	healthy := 0
	for i, r := range res.([]any) {
		switch v := r.(type) {
		case Health:
			healthy++
			fmt.Printf("%d ok   %s in %v\n", i, v.Host, v.Latency)
		case error:
			var ce *CheckError
			fmt.Printf("%d fail %v (code %d: %t)\n", i, v, ce.codeOf(v), errors.As(v, &ce))
		}
	}
	fmt.Println("healthy:", healthy)
}

func (*CheckError) codeOf(err error) int {
	var ce *CheckError
	if errors.As(err, &ce) {
		return ce.Code
	}
	return 0
}
