package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

type JobError struct {
	Job  string
	Code int
}

func (e *JobError) Error() string { return fmt.Sprintf("job %s failed with code %d", e.Job, e.Code) }

func job(name string, d time.Duration, fail bool) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		if _, err := loop.Await(loop.Sleep(d)); err != nil {
			return nil, err
		}
		if fail {
			return nil, &JobError{name, 3}
		}
		return name + " ok", nil
	})
}

func main() {
	loop.Run(loop.Async(func() error {
		a := loop.CreateTask(job("a", time.Second, false), loop.Name("alpha"))
		b := loop.CreateTask(job("b", 2*time.Second, true), loop.Name("beta"))
		c := loop.CreateTask(job("c", 5*time.Second, false), loop.Name("gamma"))
		va, erra := loop.Await(a)
		fmt.Println(a.Name(), va, erra)
		_, errb := loop.Await(b)
		var je *JobError
		fmt.Println(b.Name(), errb, errors.As(errb, &je), je.Code)
		c.Cancel("not needed")
		_, errc := loop.Await(c)
		fmt.Println(c.Name(), errors.Is(errc, loop.ErrCancelled), c.Cancelled(), c.Done())
		fmt.Printf("t=%.0f\n", loop.Get().Time())
		return nil
	}))
}
