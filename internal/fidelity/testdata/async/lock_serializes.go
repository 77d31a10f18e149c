package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func main() {
	loop.Run(loop.Async(func() error {
		lock := loop.NewLock()
		var tasks []loop.Awaitable
		for i := range 3 {
			tasks = append(tasks, loop.Async(func() error {
				if _, err := loop.Await(lock.Acquire()); err != nil {
					return err
				}
				defer lock.Release()
				fmt.Println("enter", i)
				loop.Await(loop.Sleep(time.Second))
				fmt.Println("leave", i)
				return nil
			}))
		}
		_, err := loop.Await(loop.Gather(tasks...))
		return err
	}))
}
