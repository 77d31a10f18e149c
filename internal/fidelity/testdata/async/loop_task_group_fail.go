package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func step(name string, d time.Duration, err error) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		if _, e := loop.Await(loop.Sleep(d)); e != nil {
			fmt.Println(name, "cancelled")
			return nil, e
		}
		fmt.Println(name, "finished")
		return name, err
	})
}

func main() {
	v, err := loop.Run(loop.Async(func() (any, error) {
		tg := loop.NewTaskGroup()
		tg.CreateTask(step("fast", 10*time.Millisecond, nil))
		tg.CreateTask(step("bad", 20*time.Millisecond, errors.New("boom")))
		slow := tg.CreateTask(step("slow", time.Second, nil))
		_, err := loop.Await(tg.Wait())
		fmt.Println("group:", err, slow.Cancelled())
		return "main done", nil
	}))
	fmt.Println(v, err)
}
