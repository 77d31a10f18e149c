package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

type Job struct {
	Prio int
	Name string
}

func main() {
	loop.Run(loop.Async(func() error {
		pq := loop.NewPriorityQueue(0, func(a, b any) bool { return a.(Job).Prio < b.(Job).Prio })
		for _, j := range []Job{{3, "low"}, {1, "urgent"}, {2, "normal"}} {
			pq.PutNowait(j)
		}
		for !pq.Empty() {
			v, _ := pq.GetNowait()
			fmt.Printf("%+v\n", v)
		}
		_, err := pq.GetNowait()
		fmt.Println(err, errors.Is(err, loop.ErrQueueEmpty))

		slow := loop.CreateTask(loop.Async(func() (any, error) {
			if _, err := loop.Await(loop.Sleep(5 * time.Second)); err != nil {
				return nil, err
			}
			return "slow done", nil
		}))
		_, err = loop.Await(loop.WaitFor(loop.Shield(slow), time.Second))
		fmt.Println("wait_for:", errors.Is(err, loop.ErrTimeout), "slow cancelled:", slow.Cancelled())
		v, err := loop.Await(slow)
		fmt.Println(v, err, loop.Get().Time() >= 5)

		_, err = loop.Await(loop.Timeout(time.Second, loop.Sleep(3*time.Second)))
		fmt.Println("timeout:", errors.Is(err, loop.ErrTimeout))
		return nil
	}))
}
