package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func main() {
	loop.Run(loop.Async(func() error {
		ev := loop.NewEvent()
		waiter := func(name string) *loop.Coroutine {
			return loop.Async(func() error {
				if _, err := loop.Await(ev.Wait()); err != nil {
					return err
				}
				fmt.Println(name, "woke")
				return nil
			})
		}
		g := loop.Gather(waiter("w1"), waiter("w2"))
		loop.Await(loop.Sleep(time.Second))
		fmt.Println("setting")
		ev.Set()
		_, err := loop.Await(g)
		return err
	}))
}
