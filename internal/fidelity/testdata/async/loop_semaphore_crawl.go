package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func main() {
	active, peak := 0, 0
	fetch := func(sem *loop.Semaphore, url string, d time.Duration) *loop.Coroutine {
		return loop.Async(func() (any, error) {
			if _, err := loop.Await(sem.Acquire()); err != nil {
				return nil, err
			}
			defer sem.Release()
			active++
			peak = max(peak, active)
			defer func() { active-- }()
			if _, err := loop.Await(loop.Sleep(d)); err != nil {
				return nil, err
			}
			return len(url), nil
		})
	}
	v, err := loop.Run(loop.Async(func() (any, error) {
		sem := loop.NewSemaphore(2)
		var cs []loop.Awaitable
		for i, u := range []string{"a.com", "bb.org", "ccc.net", "d.io", "eeeee.dev"} {
			cs = append(cs, fetch(sem, u, time.Duration(5-i)*10*time.Millisecond))
		}
		return loop.Await(loop.Gather(cs...))
	}))
	fmt.Println(v, err, "peak:", peak)
}
