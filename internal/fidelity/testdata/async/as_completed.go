package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func after(d time.Duration, v string) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		if _, err := loop.Await(loop.Sleep(d)); err != nil {
			return nil, err
		}
		return v, nil
	})
}

func main() {
	loop.Run(loop.Async(func() error {
		for _, c := range loop.AsCompleted(after(3*time.Second, "c"), after(time.Second, "a"), after(2*time.Second, "b")) {
			v, err := loop.Await(c)
			fmt.Println(v, err)
		}
		return nil
	}))
}
