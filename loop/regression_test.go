package loop_test

import (
	"io"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
	"github.com/sirupsen/logrus"
)

// An OnOwnGoroutine task pending when its loop is closed: Close kills it,
// its Await returns ErrClosed, and the body returns on
// the task's own goroutine while Close walks the loop's structures: the
// body must not touch them (a race under -race before the fix).
func TestOwnGoroutineTaskDestroyedAtClose(t *testing.T) {
	for range 20 {
		l := loop.New(loop.WithClock(loop.NewVirtualClock()))
		cond := loop.NewCondition(nil)
		q := loop.NewQueue(0)
		_, err := l.RunUntilComplete(loop.Async(func() error {
			l.CreateTask(loop.Async(func() error {
				loop.Await(cond.Acquire())
				_, err := loop.Await(cond.Wait())
				return err
			}).OnOwnGoroutine())
			l.CreateTask(loop.Async(func() error {
				tg := loop.NewTaskGroup()
				tg.CreateTask(q.Get())
				_, err := loop.Await(tg.Wait())
				return err
			}).OnOwnGoroutine())
			l.CreateTask(q.Join().OnOwnGoroutine())
			q.PutNowait(1)
			q.PutNowait(2)
			_, err := loop.Await(loop.Sleep(0))
			return err
		}))
		if err != nil {
			t.Fatal(err)
		}
		l.SetLogger(logrus.New().WithField("test", t.Name()))
		l.Logger().(*logrus.Entry).Logger.SetOutput(io.Discard)
		l.Close()
	}
}

// A RunUntilComplete that stopped before its future was done leaves no
// stop behind on the future: a later run goes on when the future is done.
func TestRunUntilCompleteStoppedEarlyLeavesNoStop(t *testing.T) {
	l, _ := newLoop(t)
	f := l.CreateFuture()
	l.CallSoon(l.Stop)
	if _, err := l.RunUntilComplete(f); err == nil {
		t.Fatal("RunUntilComplete of a future nobody completes returned no error")
	}
	l.CallSoon(func() { f.SetResult(1) })
	ran := false
	l.CallLater(time.Second, func() { ran = true; l.Stop() })
	l.RunForever()
	if !ran {
		t.Error("the later run stopped when the earlier RunUntilComplete's future completed")
	}
}

// In debug mode, CreateTask from another goroutine is reported, and the
// task still runs, its bookkeeping done on the loop's goroutine (the race
// detector checks that).
func TestCreateTaskFromAnotherGoroutineDebug(t *testing.T) {
	l, hook := newLoop(t, loop.WithDebug(true))
	res, err := run(t, l, func() (any, error) {
		ch := make(chan *loop.Task)
		go func() { ch <- l.CreateTask(loop.Async(func() any { return 7 })) }()
		t := <-ch // blocks the loop briefly; the task is queued through the door
		return loop.Await(t)
	})
	if err != nil || res != 7 {
		t.Fatalf("got %v, %v", res, err)
	}
	if entryPrefix(hook, "loop: CreateTask called from goroutine") == nil {
		t.Errorf("no report: %v", messages(hook))
	}
}
