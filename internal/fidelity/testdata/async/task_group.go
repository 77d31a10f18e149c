package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func job(name string, fail bool) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		if _, err := loop.Await(loop.Sleep(time.Second)); err != nil {
			return nil, err
		}
		if fail {
			return nil, errors.New(name + " failed")
		}
		fmt.Println(name, "ok")
		return name, nil
	})
}

func main() {
	_, err := loop.Run(loop.Async(func() error {
		tg := loop.NewTaskGroup()
		tg.CreateTask(job("a", false))
		tg.CreateTask(job("b", true))
		_, err := loop.Await(tg.Wait())
		return err
	}))
	fmt.Println("group:", err)
}
