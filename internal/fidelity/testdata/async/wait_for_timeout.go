package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func main() {
	_, err := loop.Run(loop.Async(func() (any, error) {
		return loop.Await(loop.WaitFor(loop.Sleep(time.Hour), time.Second))
	}))
	fmt.Println(errors.Is(err, loop.ErrTimeout))
}
