package main

import (
	"fmt"
	"sort"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

type Runner struct {
	Name  string
	Speed int
}

func main() {
	start := loop.NewEvent()
	var finished []string
	race := func(r Runner) *loop.Coroutine {
		return loop.Async(func() error {
			if _, err := loop.Await(start.Wait()); err != nil {
				return err
			}
			if _, err := loop.Await(loop.Sleep(time.Duration(100/r.Speed) * time.Second)); err != nil {
				return err
			}
			finished = append(finished, fmt.Sprintf("%s@%.0f", r.Name, loop.Get().Time()))
			return nil
		})
	}
	loop.Run(loop.Async(func() error {
		runners := []Runner{{"tortoise", 1}, {"hare", 10}, {"dog", 5}}
		var tasks []loop.Awaitable
		for _, r := range runners {
			tasks = append(tasks, loop.CreateTask(race(r)))
		}
		loop.Await(loop.Sleep(3 * time.Second))
		fmt.Println("before start:", len(finished), start.IsSet())
		start.Set()
		_, err := loop.Await(loop.Gather(tasks...))
		fmt.Println(finished, err)
		sort.Strings(finished)
		fmt.Println(finished)
		return nil
	}))
}
