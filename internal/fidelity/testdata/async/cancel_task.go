package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func main() {
	loop.Run(loop.Async(func() error {
		t := loop.CreateTask(loop.Async(func() error {
			_, err := loop.Await(loop.Sleep(time.Hour))
			fmt.Println("sleep ended:", errors.Is(err, loop.ErrCancelled))
			return err
		}))
		loop.Await(loop.Sleep(time.Second))
		t.Cancel()
		_, err := loop.Await(t)
		fmt.Println("awaited cancelled task:", errors.Is(err, loop.ErrCancelled), t.Cancelled())
		return nil
	}))
}
