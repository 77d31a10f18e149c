package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

type Stage struct {
	Name string
	Cost int
}

var ErrBudget = errors.New("over budget")

func main() {
	loop.Run(loop.Async(func() error {
		lock := loop.NewLock()
		cond := loop.NewCondition(lock)
		budget := 10
		var log []string
		spend := func(s Stage) *loop.Coroutine {
			return loop.Async(func() error {
				if _, err := loop.Await(cond.Acquire()); err != nil {
					return err
				}
				defer cond.Release()
				if _, err := loop.Await(cond.WaitFor(func() bool { return budget >= s.Cost || budget < 0 })); err != nil {
					return err
				}
				if budget < 0 {
					return fmt.Errorf("stage %s: %w", s.Name, ErrBudget)
				}
				budget -= s.Cost
				log = append(log, fmt.Sprintf("%s@%.0f", s.Name, loop.Get().Time()))
				return nil
			})
		}
		tg := loop.NewTaskGroup()
		for _, s := range []Stage{{"build", 4}, {"test", 5}, {"deploy", 6}} {
			tg.CreateTask(spend(s))
		}
		tg.CreateTask(loop.Async(func() error {
			if _, err := loop.Await(loop.Sleep(3 * time.Second)); err != nil {
				return err
			}
			if _, err := loop.Await(cond.Acquire()); err != nil {
				return err
			}
			budget += 5
			cond.NotifyAll()
			cond.Release()
			return nil
		}))
		_, err := loop.Await(tg.Wait())
		fmt.Println(log, budget, err)
		return nil
	}))
}
