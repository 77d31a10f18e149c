package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func fetch(name string, d time.Duration, fail bool) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		if _, err := loop.Await(loop.Sleep(d)); err != nil {
			return nil, err
		}
		if fail {
			return nil, errors.New(name + " failed")
		}
		return name, nil
	})
}

func main() {
	_, err := loop.Run(loop.Async(func() (any, error) {
		a := loop.CreateTask(fetch("a", 300*time.Millisecond, false))
		b := loop.CreateTask(fetch("b", 100*time.Millisecond, false))
		c := loop.CreateTask(fetch("c", 200*time.Millisecond, true))
		res, err := loop.Await(loop.Wait([]loop.Awaitable{a, b, c}, loop.FirstCompleted, 0))
		if err != nil {
			return nil, err
		}
		wr := res.(loop.WaitResult)
		fmt.Println("done:", len(wr.Done), "pending:", len(wr.Pending))
		r, _ := wr.Done[0].Result()
		fmt.Println("first:", r)
		res, _ = loop.Await(loop.Wait([]loop.Awaitable{a, c}, loop.FirstException, 0))
		wr = res.(loop.WaitResult)
		fmt.Println("exception done:", len(wr.Done), wr.Done[0].Exception())
		res, _ = loop.Await(loop.Wait([]loop.Awaitable{a}, loop.AllCompleted, 50*time.Millisecond))
		wr = res.(loop.WaitResult)
		fmt.Println("after timeout pending:", len(wr.Pending))
		v, err := loop.Await(loop.WaitFor(a, time.Second))
		fmt.Println(v, err)
		_, err = loop.Await(loop.WaitFor(fetch("slow", time.Hour, false), time.Second))
		fmt.Println(errors.Is(err, loop.ErrTimeout))
		return nil, nil
	}))
	fmt.Println("end", err)
}
