package loop_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func TestTaskGroup(t *testing.T) {
	t.Parallel()
	errA, errB := errors.New("a failed"), errors.New("b failed")
	cases := []struct {
		name    string
		run     func(l *loop.Loop, tg *loop.TaskGroup, tr *trace) error
		wantErr []error // each must match with errors.Is
		trace   string
	}{
		{"all succeed", func(l *loop.Loop, tg *loop.TaskGroup, tr *trace) error {
			a := tg.CreateTask(napper(tr, "a", 2*time.Second, 1, nil))
			b := tg.CreateTask(napper(tr, "b", time.Second, 2, nil))
			_, err := loop.Await(tg.Wait())
			va, _ := a.Result()
			vb, _ := b.Result()
			tr.add("results %v %v at %v", va, vb, l.Time())
			return err
		}, nil, "b done,a done,results 1 2 at 2"},
		{"first failure cancels the rest", func(l *loop.Loop, tg *loop.TaskGroup, tr *trace) error {
			tg.CreateTask(napper(tr, "slow", time.Hour, nil, nil))
			tg.CreateTask(napper(tr, "a", time.Second, nil, errA))
			tg.CreateTask(napper(tr, "slower", 2*time.Hour, nil, nil))
			_, err := loop.Await(tg.Wait())
			tr.add("at %v", l.Time())
			return err
		}, []error{errA}, "a done,slow loop: cancelled,slower loop: cancelled,at 1"},
		{"errors are joined in the order they happen", func(l *loop.Loop, tg *loop.TaskGroup, tr *trace) error {
			// b fails while being cancelled (its cleanup fails).
			tg.CreateTask(loop.Async(func() error {
				if err := sleep(time.Hour); err != nil {
					tr.add("b cancelled")
					return errB
				}
				return nil
			}))
			tg.CreateTask(napper(tr, "a", time.Second, nil, errA))
			_, err := loop.Await(tg.Wait())
			if err != nil && !strings.HasPrefix(err.Error(), "a failed\nb failed") {
				tr.add("message %q", err.Error())
			}
			return err
		}, []error{errA, errB}, "a done,b cancelled"},
		{"a failure before Wait cancels the others at once", func(l *loop.Loop, tg *loop.TaskGroup, tr *trace) error {
			tg.CreateTask(napper(tr, "slow", time.Hour, nil, nil))
			tg.CreateTask(napper(tr, "a", time.Second, nil, errA))
			sleep(2 * time.Second)
			tr.add("main wakes")
			_, err := loop.Await(tg.Wait())
			return err
		}, []error{errA}, "a done,slow loop: cancelled,main wakes"},
		{"a child cancelled by someone else is not an error", func(l *loop.Loop, tg *loop.TaskGroup, tr *trace) error {
			c := tg.CreateTask(napper(tr, "c", time.Hour, nil, nil))
			tg.CreateTask(napper(tr, "d", time.Second, nil, nil))
			l.CallLater(time.Second/2, func() { c.Cancel() })
			_, err := loop.Await(tg.Wait())
			return err
		}, nil, "c loop: cancelled,d done"},
		{"a panic is an error", func(l *loop.Loop, tg *loop.TaskGroup, tr *trace) error {
			tg.CreateTask(loop.Async(func() { panic("kaboom") }))
			_, err := loop.Await(tg.Wait())
			var pe *loop.PanicError
			tr.add("panic error %v", errors.As(err, &pe))
			return err
		}, []error{}, "panic error true"},
		{"empty group", func(l *loop.Loop, tg *loop.TaskGroup, tr *trace) error {
			_, err := loop.Await(tg.Wait())
			return err
		}, nil, ""},
		{"tasks made by tasks of the group join it", func(l *loop.Loop, tg *loop.TaskGroup, tr *trace) error {
			tg.CreateTask(loop.Async(func() error {
				sleep(time.Second)
				tg.CreateTask(napper(tr, "grandchild", time.Second, nil, nil))
				return nil
			}))
			_, err := loop.Await(tg.Wait())
			tr.add("at %v", l.Time())
			return err
		}, nil, "grandchild done,at 2"},
		{"a nil coroutine fails its task at once, not the group", func(l *loop.Loop, tg *loop.TaskGroup, tr *trace) error {
			nilTask := tg.CreateTask(nil)
			tr.add("done at once: %v", nilTask.Done())
			tg.CreateTask(napper(tr, "a", time.Second, nil, nil))
			_, err := loop.Await(tg.Wait())
			_, nilErr := loop.Await(nilTask)
			tr.add("%v", nilErr)
			return err
		}, nil, "done at once: true,a done,loop: CreateTask(nil): a nil *Coroutine, nothing to run; pass the coroutine a coroutine function returns (loop.Async(fn) makes one)"},
		{"no new task once finished or shutting down", func(l *loop.Loop, tg *loop.TaskGroup, tr *trace) error {
			tg.CreateTask(napper(tr, "slow", time.Hour, nil, nil))
			tg.CreateTask(napper(tr, "a", time.Second, nil, errA))
			sleep(1500 * time.Millisecond)
			late := tg.CreateTask(napper(tr, "late", 0, nil, nil))
			tr.add("late done at once: %v", late.Done())
			_, err := loop.Await(tg.Wait())
			_, lateErr := loop.Await(late)
			tr.add("late: %v", lateErr)
			after := tg.CreateTask(napper(tr, "after", 0, nil, nil))
			tr.add("after done at once: %v", after.Done())
			_, afterErr := loop.Await(after)
			tr.add("after: %v", errors.Is(afterErr, loop.ErrInvalidState))
			_, again := loop.Await(tg.Wait())
			tr.add("again same: %v", errors.Is(again, errA))
			return err
		}, []error{errA}, "a done,slow loop: cancelled,late done at once: true,late: loop: invalid state: TaskGroup is shutting down: CreateTask(napper) refused,after done at once: true,after: true,again same: true"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			l, hook := newLoop(t)
			tr := &trace{}
			_, err := run(t, l, func() (any, error) { return nil, tc.run(l, loop.NewTaskGroup(), tr) })
			if tc.wantErr == nil && err != nil {
				t.Errorf("error %v, want none", err)
			}
			if tc.wantErr != nil && err == nil {
				t.Errorf("no error, want %v", tc.wantErr)
			}
			for _, w := range tc.wantErr {
				if !errors.Is(err, w) {
					t.Errorf("error %v does not match %v", err, w)
				}
			}
			wantOrder(t, tr, tc.trace)
			l.Close()
			for _, e := range hook.AllEntries() {
				if strings.Contains(e.Message, "never retrieved") {
					t.Errorf("warning: %s %v", e.Message, e.Data)
				}
			}
		})
	}
}

func TestTaskGroupParentCancelled(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name       string
		childErr   error // a child's error when cancelled
		wantCancel bool
	}{
		{"cancellation propagates", nil, true},
		{"children's errors take priority", errBoom, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			l, _ := newLoop(t)
			tr := &trace{}
			_, err := run(t, l, func() (any, error) {
				parent := l.CreateTask(loop.Async(func() error {
					tg := loop.NewTaskGroup()
					for _, n := range []string{"a", "b"} {
						tg.CreateTask(loop.Async(func() error {
							err := sleep(time.Hour)
							tr.add("%s %v", n, err)
							if sleep(time.Second) != nil { // cleanup
								tr.add("cleanup interrupted")
							}
							if err != nil && tc.childErr != nil {
								return tc.childErr
							}
							return err
						}))
					}
					_, err := loop.Await(tg.Wait())
					tr.add("wait returned at %v", l.Time())
					return err
				}))
				l.CallLater(time.Second, func() { parent.Cancel("stop") })
				_, err := loop.Await(parent)
				if got := errors.Is(err, loop.ErrCancelled); got != tc.wantCancel || parent.Cancelled() != tc.wantCancel {
					return nil, fmt.Errorf("parent gave %v (cancelled=%v)", err, parent.Cancelled())
				}
				if !tc.wantCancel && !errors.Is(err, tc.childErr) {
					return nil, fmt.Errorf("parent gave %v, want the children's errors", err)
				}
				return nil, nil
			})
			if err != nil {
				t.Fatal(err)
			}
			wantOrder(t, tr, "a loop: cancelled,b loop: cancelled,wait returned at 2")
		})
	}
}

func TestTaskGroupErrorsThroughGather(t *testing.T) {
	t.Parallel()
	l, _ := newLoop(t)
	_, err := run(t, l, func() (any, error) {
		group := func(fail bool) *loop.Coroutine {
			return loop.Async(func() error {
				tg := loop.NewTaskGroup()
				tg.CreateTask(napper(&trace{}, "", time.Second, nil, nil))
				if fail {
					tg.CreateTask(napper(&trace{}, "", time.Second, nil, errBoom))
				}
				_, err := loop.Await(tg.Wait())
				return err
			})
		}
		res, err := loop.Await(loop.GatherReturnExceptions(group(false), group(true)))
		if err != nil {
			return nil, err
		}
		rs := res.([]any)
		if rs[0] != nil || !errors.Is(rs[1].(error), errBoom) {
			return nil, fmt.Errorf("gather gave %v", rs)
		}
		return nil, nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
