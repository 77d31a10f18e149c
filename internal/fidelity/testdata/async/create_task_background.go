package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func ticker(n int) *loop.Coroutine {
	return loop.Async(func() error {
		for i := range n {
			if _, err := loop.Await(loop.Sleep(100 * time.Millisecond)); err != nil {
				return err
			}
			fmt.Println("tick", i)
		}
		return nil
	})
}

func main() {
	loop.Run(loop.Async(func() error {
		t := loop.CreateTask(ticker(3))
		fmt.Println("task created")
		_, err := loop.Await(t)
		fmt.Println("task finished", err, t.Done())
		return nil
	}))
}
