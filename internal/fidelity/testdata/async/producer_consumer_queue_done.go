package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

type Order struct {
	ID    int
	Items []string
}

func producer(q *loop.Queue, n int) *loop.Coroutine {
	return loop.Async(func() error {
		for i := 1; i <= n; i++ {
			o := Order{ID: i, Items: make([]string, i)}
			if _, err := loop.Await(q.Put(o)); err != nil {
				return err
			}
			fmt.Println("queued", o.ID)
		}
		return nil
	})
}

func consumer(name string, q *loop.Queue, done map[string][]int) *loop.Coroutine {
	return loop.Async(func() error {
		for {
			v, err := loop.Await(q.Get())
			if err != nil {
				return err
			}
			o := v.(Order)
			if _, err := loop.Await(loop.Sleep(time.Duration(len(o.Items)) * 100 * time.Millisecond)); err != nil {
				return err
			}
			done[name] = append(done[name], o.ID)
			q.TaskDone()
		}
	})
}

func main() {
	loop.Run(loop.Async(func() error {
		q := loop.NewQueue(2)
		done := map[string][]int{}
		w1 := loop.CreateTask(consumer("w1", q, done))
		w2 := loop.CreateTask(consumer("w2", q, done))
		if _, err := loop.Await(producer(q, 5)); err != nil {
			return err
		}
		if _, err := loop.Await(q.Join()); err != nil {
			return err
		}
		w1.Cancel()
		w2.Cancel()
		_, err := loop.Await(w1)
		fmt.Println("w1 after cancel:", err, w1.Cancelled())
		fmt.Println(done, q.Qsize(), q.Empty())
		return nil
	}))
}
