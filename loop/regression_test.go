package loop_test

import (
	"io"
	"testing"

	"github.com/asyncrepl/asyncrepl/loop"
	"github.com/sirupsen/logrus"
)

// An OnOwnGoroutine task pending when its loop is closed: Close kills it,
// its Await returns "the event loop was closed", and the body returns on
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
