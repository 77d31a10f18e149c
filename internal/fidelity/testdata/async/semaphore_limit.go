package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func main() {
	loop.Run(loop.Async(func() error {
		sem := loop.NewSemaphore(2)
		active, peak := 0, 0
		var aws []loop.Awaitable
		for range 5 {
			aws = append(aws, loop.Async(func() error {
				if _, err := loop.Await(sem.Acquire()); err != nil {
					return err
				}
				active++
				peak = max(peak, active)
				loop.Await(loop.Sleep(time.Second))
				active--
				sem.Release()
				return nil
			}))
		}
		loop.Await(loop.Gather(aws...))
		fmt.Println("peak", peak)
		return nil
	}))
}
