package loop_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func create() *loop.Coroutine {
	return loop.Async(func() {
		loop.Await(loop.Sleep(3 * time.Second))
		fmt.Println("(1) create file")
	})
}

func write() *loop.Coroutine {
	return loop.Async(func() {
		loop.Await(loop.Sleep(1 * time.Second))
		fmt.Println("(2) write into file")
	})
}

func closeFile() *loop.Coroutine {
	return loop.Async(func() {
		fmt.Println("(3) close file")
	})
}

// asyncio's chaining trap: tasks started but not awaited run out of order,
// and the loop stops before create finishes.
func Example_chainBug() {
	l := loop.New(loop.WithClock(loop.NewVirtualClock()))
	test := func() *loop.Coroutine {
		return loop.Async(func() {
			l.CreateTask(create())
			l.CreateTask(write())
			l.CreateTask(closeFile())
			loop.Await(loop.Sleep(2 * time.Second))
			l.Stop()
		})
	}
	l.CreateTask(test())
	l.RunForever()
	fmt.Println("Pending tasks at exit:", loop.AllTasks(l))
	// Output:
	// (3) close file
	// (2) write into file
	// Pending tasks at exit: [Task(<create>)<PENDING>]
}

// The fix: await each step.
func Example_chainFixed() {
	l := loop.New(loop.WithClock(loop.NewVirtualClock()))
	test := func() *loop.Coroutine {
		return loop.Async(func() {
			loop.Await(create())
			loop.Await(write())
			loop.Await(closeFile())
			loop.Await(loop.Sleep(2 * time.Second))
			l.Stop()
		})
	}
	l.CreateTask(test())
	l.RunForever()
	fmt.Println("Pending tasks at exit:", loop.AllTasks(l))
	l.Close()
	// Output:
	// (1) create file
	// (2) write into file
	// (3) close file
	// Pending tasks at exit: []
}

func ExampleRun() {
	double := func(x int) *loop.Coroutine {
		return loop.Async(func() (int, error) {
			loop.Await(loop.Sleep(10 * time.Millisecond))
			return 2 * x, nil
		})
	}
	res, err := loop.Run(loop.Async(func() (any, error) {
		return loop.Await(loop.Gather(double(1), double(2), double(3)))
	}))
	fmt.Println(res, err)
	// Output: [2 4 6] <nil>
}

func ExampleTask_Cancel() {
	loop.Run(loop.Async(func() {
		t := loop.CreateTask(loop.Sleep(time.Hour))
		loop.Await(loop.Sleep(0))
		t.Cancel("bored")
		_, err := loop.Await(t)
		fmt.Println(err, errors.Is(err, loop.ErrCancelled), t)
	}))
	// Output: loop: cancelled: bored true Task(<sleep>)<CANCELLED>
}

// A loop whose virtual clock has jumped an hour switches to real time
// without going back: the real clock starts from the virtual reading.
func ExampleRealClockAt() {
	l := loop.New(loop.WithClock(loop.NewVirtualClock()))
	defer l.Close()
	l.RunUntilComplete(loop.Sleep(time.Hour)) // returns at once, an hour on
	fmt.Println("virtual:", l.Time())
	l.SetClock(loop.RealClockAt(l.Time()))
	fmt.Println("real, still an hour on:", l.Time() >= 3600 && l.Time() < 3660)
	// Output:
	// virtual: 3600
	// real, still an hour on: true
}

// A host that runs a loop for code it does not control marks it, and the
// code's calls that would end the loop are refused.
func ExampleLoop_SetHost() {
	l := loop.New(loop.WithClock(loop.NewVirtualClock()))
	l.SetHost("the host, which closes it when done")
	l.RunUntilComplete(loop.Async(func() {
		fmt.Println(l.Close())
		defer func() { fmt.Println(recover()) }()
		l.Stop()
	}))
	l.SetHost("")
	fmt.Println(l.Close())
	// Output:
	// loop: Close: the event loop belongs to the host, which closes it when done; Close is for a loop of your own (loop.New)
	// loop: Stop: the event loop belongs to the host, which closes it when done; Stop only ends a nested RunForever, and none is waiting
	// <nil>
}

// A task cancelled while it awaits an executor job that runs does not stop
// the job: ExecutorJobs still lists it, with the task that submitted it.
// (A job still queued, its future cancelled, would never run.)
func ExampleLoop_ExecutorJobs() {
	release := make(chan struct{})
	loop.Run(loop.Async(func() {
		l := loop.Get()
		started := l.CreateFuture()
		t := loop.CreateTask(loop.Async(func() error {
			_, err := loop.Await(l.RunInExecutor(func() {
				l.CallSoonThreadsafe(func() { started.SetResult(nil) })
				<-release
			}))
			return err
		}), loop.Name("waiter"))
		loop.Await(started) // the job runs: cancelling its task does not stop it
		t.Cancel()
		loop.Await(loop.Sleep(0))
		for _, j := range l.ExecutorJobs() {
			fmt.Println(j.Func, j.Task)
		}
		close(release)
	}))
	// Output: loop_test.ExampleLoop_ExecutorJobs Task(<waiter>)<CANCELLED>
}
