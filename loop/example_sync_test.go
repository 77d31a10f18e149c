package loop_test

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// virtual runs main on a new loop with a virtual clock, as loop.Run does.
func virtual(main func() error) {
	if _, err := loop.Run(loop.Async(main), loop.WithClock(loop.NewVirtualClock())); err != nil {
		fmt.Println("error:", err)
	}
}

func ExampleWaitFor() {
	virtual(func() error {
		slow := loop.Async(func() (any, error) {
			if _, err := loop.Await(loop.Sleep(time.Hour)); err != nil {
				fmt.Println("slow:", err != nil)
				return nil, err
			}
			return "done", nil
		})
		_, err := loop.Await(loop.WaitFor(slow, time.Second))
		fmt.Println(errors.Is(err, loop.ErrTimeout))
		return nil
	})
	// Output:
	// slow: true
	// true
}

func ExampleTimeout() {
	virtual(func() error {
		l := loop.Get()
		_, err := loop.Await(loop.Timeout(2500*time.Millisecond, loop.Async(func() error {
			for i := 1; ; i++ {
				if _, err := loop.Await(loop.Sleep(time.Second)); err != nil {
					return err
				}
				fmt.Printf("step %d at %.0fs\n", i, l.Time())
			}
		})))
		fmt.Println(err)
		return nil
	})
	// Output:
	// step 1 at 1s
	// step 2 at 2s
	// loop: timeout: deadline passed (after 2.5s)
}

func ExampleShield() {
	virtual(func() error {
		save := loop.CreateTask(loop.Async(func() string {
			loop.Await(loop.Sleep(2 * time.Second))
			fmt.Println("saved")
			return "ok"
		}))
		_, err := loop.Await(loop.WaitFor(loop.Shield(save), time.Second))
		fmt.Println("gave up waiting:", errors.Is(err, loop.ErrTimeout))
		v, _ := loop.Await(save) // still running: the shield took the cancellation
		fmt.Println(v)
		return nil
	})
	// Output:
	// gave up waiting: true
	// saved
	// ok
}

func ExampleWait() {
	virtual(func() error {
		nap := func(d time.Duration) *loop.Coroutine {
			return loop.Async(func() time.Duration { loop.Await(loop.Sleep(d)); return d })
		}
		a, b := loop.EnsureFuture(nap(3*time.Second)), loop.EnsureFuture(nap(time.Second))
		v, _ := loop.Await(loop.Wait([]loop.Awaitable{a, b}, loop.FirstCompleted, 0))
		r := v.(loop.WaitResult)
		first, _ := r.Done[0].Result()
		fmt.Println(len(r.Done), len(r.Pending), first)
		a.Cancel()
		return nil
	})
	// Output: 1 1 1s
}

func ExampleAsCompleted() {
	virtual(func() error {
		nap := func(name string, d time.Duration) *loop.Coroutine {
			return loop.Async(func() string { loop.Await(loop.Sleep(d)); return name })
		}
		for _, c := range loop.AsCompleted(nap("slow", 3*time.Second), nap("fast", time.Second), nap("medium", 2*time.Second)) {
			v, _ := loop.Await(c)
			fmt.Println(v)
		}
		return nil
	})
	// Output:
	// fast
	// medium
	// slow
}

func ExampleTaskGroup() {
	virtual(func() error {
		fetch := func(name string, d time.Duration, err error) *loop.Coroutine {
			return loop.Async(func() error {
				if _, e := loop.Await(loop.Sleep(d)); e != nil {
					fmt.Println(name, "cancelled")
					return e
				}
				fmt.Println(name, "finished")
				return err
			})
		}
		tg := loop.NewTaskGroup()
		tg.CreateTask(fetch("a", time.Second, nil))
		tg.CreateTask(fetch("b", 2*time.Second, errors.New("b: connection refused")))
		tg.CreateTask(fetch("c", time.Hour, nil))
		_, err := loop.Await(tg.Wait())
		fmt.Println("group:", err)
		return nil
	})
	// Output:
	// a finished
	// b finished
	// c cancelled
	// group: b: connection refused
}

// A group's errors one by one, as asyncio's ExceptionGroup.exceptions.
func ExampleTaskGroup_Errors() {
	virtual(func() error {
		fail := func(d time.Duration, err error) *loop.Coroutine {
			return loop.Async(func() error {
				loop.Await(loop.Sleep(d))
				return err
			})
		}
		tg := loop.NewTaskGroup()
		tg.CreateTask(fail(time.Second, fs.ErrNotExist))
		tg.CreateTask(fail(time.Second, fmt.Errorf("parse: %w", strconv.ErrSyntax)))
		tg.CreateTask(fail(time.Hour, nil))
		loop.Await(tg.Wait())
		for _, err := range tg.Errors() {
			fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
		}
		return nil
	})
	// Output:
	// file does not exist false
	// parse: invalid syntax true
}

func ExampleLock() {
	virtual(func() error {
		var lock loop.Lock // the zero value is unlocked; loop.NewLock() also works
		worker := func(name string) *loop.Coroutine {
			return loop.Async(func() error {
				if _, err := loop.Await(lock.Acquire()); err != nil {
					return err
				}
				defer lock.Release()
				fmt.Println(name, "in")
				loop.Await(loop.Sleep(time.Second))
				fmt.Println(name, "out")
				return nil
			})
		}
		_, err := loop.Await(loop.Gather(worker("a"), worker("b")))
		return err
	})
	// Output:
	// a in
	// a out
	// b in
	// b out
}

func ExampleEvent() {
	virtual(func() error {
		ready := loop.NewEvent()
		waiter := func(name string) *loop.Coroutine {
			return loop.Async(func() {
				loop.Await(ready.Wait())
				fmt.Println(name, "go")
			})
		}
		g := loop.Gather(waiter("a"), waiter("b"))
		loop.Await(loop.Sleep(time.Second))
		fmt.Println("set")
		ready.Set()
		_, err := loop.Await(g)
		return err
	})
	// Output:
	// set
	// a go
	// b go
}

func ExampleCondition() {
	virtual(func() error {
		cond := loop.NewCondition(nil)
		var items []string
		consumer := loop.CreateTask(loop.Async(func() (any, error) {
			loop.Await(cond.Acquire())
			defer cond.Release()
			_, err := loop.Await(cond.WaitFor(func() bool { return len(items) > 0 }))
			return items[0], err
		}))
		loop.Await(loop.Sleep(time.Second))
		loop.Await(cond.Acquire())
		items = append(items, "bread")
		cond.Notify(1)
		cond.Release()
		v, err := loop.Await(consumer)
		fmt.Println(v)
		return err
	})
	// Output: bread
}

func ExampleSemaphore() {
	virtual(func() error {
		l := loop.Get()
		sem := loop.NewSemaphore(2)
		job := func(n int) *loop.Coroutine {
			return loop.Async(func() {
				loop.Await(sem.Acquire())
				defer sem.Release()
				fmt.Printf("job %d starts at %.0fs\n", n, l.Time())
				loop.Await(loop.Sleep(time.Second))
			})
		}
		_, err := loop.Await(loop.Gather(job(1), job(2), job(3), job(4)))
		return err
	})
	// Output:
	// job 1 starts at 0s
	// job 2 starts at 0s
	// job 3 starts at 1s
	// job 4 starts at 1s
}

func ExampleQueue() {
	virtual(func() error {
		q := loop.NewQueue(2)
		consumer := loop.CreateTask(loop.Async(func() error {
			for {
				v, err := loop.Await(q.Get())
				if err != nil {
					return err
				}
				fmt.Println("got", v)
				q.TaskDone()
			}
		}))
		for i := range 4 {
			if _, err := loop.Await(q.Put(i)); err != nil { // waits while the queue is full
				return err
			}
		}
		loop.Await(q.Join()) // every item processed
		fmt.Println("all processed")
		consumer.Cancel()
		return nil
	})
	// Output:
	// got 0
	// got 1
	// got 2
	// got 3
	// all processed
}

func ExamplePriorityQueue() {
	q := loop.NewPriorityQueue(0, nil)
	for _, v := range []int{3, 1, 2} {
		q.PutNowait(v)
	}
	for !q.Empty() {
		v, _ := q.GetNowait()
		fmt.Print(v, " ")
	}
	fmt.Println()
	// Output: 1 2 3
}
