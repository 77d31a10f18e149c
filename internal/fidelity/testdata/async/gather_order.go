package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func worker(name string, d time.Duration) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		if _, err := loop.Await(loop.Sleep(d)); err != nil {
			return nil, err
		}
		fmt.Println(name, "done")
		return name + "!", nil
	})
}

func main() {
	res, err := loop.Run(loop.Async(func() (any, error) {
		return loop.Await(loop.Gather(worker("slow", 3*time.Second), worker("fast", time.Second), worker("mid", 2*time.Second)))
	}))
	fmt.Println(res, err)
}
