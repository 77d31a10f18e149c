package loop_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// trace collects what tasks did, for order checks.
type trace struct{ ev []string }

func (tr *trace) add(format string, args ...any) { tr.ev = append(tr.ev, fmt.Sprintf(format, args...)) }
func (tr *trace) String() string                 { return strings.Join(tr.ev, ",") }

func sleep(d time.Duration) error {
	_, err := loop.Await(loop.Sleep(d))
	return err
}

func wantOrder(t *testing.T, tr *trace, want string) {
	t.Helper()
	if got := tr.String(); got != want {
		t.Errorf("order:\n got %s\nwant %s", got, want)
	}
}

// acquirer is the common shape of Lock and Semaphore.
type acquirer interface {
	Acquire() *loop.Coroutine
	Release() error
	Locked() bool
}

// worker takes the lock, holds it for hold, and releases it.
func worker(a acquirer, tr *trace, name string, hold time.Duration) *loop.Coroutine {
	return loop.Async(func() error {
		tr.add("%s wants", name)
		if _, err := loop.Await(a.Acquire()); err != nil {
			tr.add("%s %v", name, err)
			return err
		}
		tr.add("%s got", name)
		err := sleep(hold)
		a.Release()
		return err
	})
}

func TestLockFIFOAndCancelledWaiters(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		cancel string // the waiter to cancel, and when
		when   string // "waiting": while it waits; "handed": after the lock was handed to it
		want   string
	}{
		{"fifo", "", "", "a wants,a got,b wants,c wants,b got,c got"},
		{"cancel waiting", "b", "waiting", "a wants,a got,b wants,c wants,b loop: cancelled,c got"},
		{"cancel after hand-off", "b", "handed", "a wants,a got,b wants,c wants,b loop: cancelled,c got"},
		{"cancel the first", "a", "waiting", "a wants,a got,b wants,c wants,b got,c got"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			l, _ := newLoop(t)
			_, err := run(t, l, func() (any, error) {
				lk := loop.NewLock()
				tr := &trace{}
				ts := map[string]*loop.Task{}
				// a holds the lock from the start; b and c queue behind it.
				for _, n := range []string{"a", "b", "c"} {
					ts[n] = l.CreateTask(worker(lk, tr, n, time.Second))
				}
				if err := sleep(0); err != nil {
					return nil, err
				}
				switch tc.when {
				case "waiting":
					ts[tc.cancel].Cancel()
				case "handed":
					// Let a release the lock to b, then cancel b before it runs.
					l.CallLater(time.Second, func() { ts[tc.cancel].Cancel() })
				}
				_, err := loop.Await(loop.GatherReturnExceptions(ts["a"], ts["b"], ts["c"]))
				wantOrder(t, tr, tc.want)
				if lk.Locked() {
					t.Error("lock still held at the end")
				}
				return nil, err
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestLockHandOffSkipsCancelledWaiter(t *testing.T) {
	t.Parallel()
	l, _ := newLoop(t)
	_, err := run(t, l, func() (any, error) {
		lk := loop.NewLock()
		loop.Await(lk.Acquire())
		tr := &trace{}
		b := l.CreateTask(worker(lk, tr, "b", 0))
		c := l.CreateTask(worker(lk, tr, "c", 0))
		sleep(0) // b and c wait
		// Release hands the lock to b; b is cancelled before it resumes:
		// it must pass the lock on to c.
		lk.Release()
		b.Cancel()
		loop.Await(loop.GatherReturnExceptions(b, c))
		wantOrder(t, tr, "b wants,c wants,b loop: cancelled,c got")
		if !b.Cancelled() || c.Cancelled() {
			t.Errorf("b cancelled=%v c cancelled=%v", b.Cancelled(), c.Cancelled())
		}
		if lk.Locked() {
			t.Error("lock still held")
		}
		return nil, nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestLockErrors(t *testing.T) {
	t.Parallel()
	l, _ := newLoop(t)
	lk := loop.NewLock()
	if err := lk.Release(); !errors.Is(err, loop.ErrInvalidState) || !strings.HasPrefix(err.Error(), "loop: ") {
		t.Errorf("Release of an unlocked lock: %v", err)
	}
	// A lock bound to one loop refuses the tasks of another.
	_, err := run(t, l, func() (any, error) {
		loop.Await(lk.Acquire())
		w := l.CreateTask(lk.Acquire())
		sleep(0)
		lk.Release()
		return loop.Await(w)
	})
	if err != nil {
		t.Fatal(err)
	}
	l2, _ := newLoop(t)
	_, err = run(t, l2, func() (any, error) {
		loop.Await(lk.Acquire()) // free: taken without waiting
		return loop.Await(l2.CreateTask(lk.Acquire()))
	})
	if err == nil || !strings.Contains(err.Error(), "different event loop") {
		t.Errorf("lock used from a second loop: %v", err)
	}
}

func TestZeroValues(t *testing.T) {
	t.Parallel()
	l, _ := newLoop(t)
	_, err := run(t, l, func() (any, error) {
		var lk loop.Lock
		if _, err := loop.Await(lk.Acquire()); err != nil || !lk.Locked() {
			return nil, fmt.Errorf("zero Lock: %v", err)
		}
		var ev loop.Event
		l.CallLater(time.Second, ev.Set)
		if _, err := loop.Await(ev.Wait()); err != nil || !ev.IsSet() {
			return nil, fmt.Errorf("zero Event: %v", err)
		}
		var q loop.Queue
		q.PutNowait(1)
		if v, err := loop.Await(q.Get()); v != 1 || err != nil {
			return nil, fmt.Errorf("zero Queue: %v %v", v, err)
		}
		var s loop.Semaphore
		if !s.Locked() {
			return nil, errors.New("zero Semaphore has a permit")
		}
		return nil, nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestEvent(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		body func(l *loop.Loop, ev *loop.Event, tr *trace) error
		want string
	}{
		{"set wakes all waiters in order", func(l *loop.Loop, ev *loop.Event, tr *trace) error {
			var ts []loop.Awaitable
			for _, n := range []string{"a", "b", "c"} {
				ts = append(ts, l.CreateTask(loop.Async(func() error {
					v, err := loop.Await(ev.Wait())
					tr.add("%s %v %v", n, v, err)
					return err
				})))
			}
			l.CallLater(time.Second, func() { tr.add("set"); ev.Set() })
			_, err := loop.Await(loop.Gather(ts...))
			return err
		}, "set,a true <nil>,b true <nil>,c true <nil>"},
		{"set before wait returns at once", func(l *loop.Loop, ev *loop.Event, tr *trace) error {
			ev.Set()
			v, err := loop.Await(ev.Wait())
			tr.add("%v %v %v", v, err, l.Time())
			ev.Clear()
			tr.add("cleared %v", ev.IsSet())
			return err
		}, "true <nil> 0,cleared false"},
		{"cancelled waiter does not disturb the others", func(l *loop.Loop, ev *loop.Event, tr *trace) error {
			mk := func(n string) *loop.Task {
				return l.CreateTask(loop.Async(func() error {
					_, err := loop.Await(ev.Wait())
					tr.add("%s %v", n, err)
					return err
				}))
			}
			a, b := mk("a"), mk("b")
			sleep(0)
			a.Cancel("go away")
			sleep(0)
			ev.Set()
			_, err := loop.Await(b)
			return err
		}, "a loop: cancelled: go away,b <nil>"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			l, _ := newLoop(t)
			tr := &trace{}
			_, err := run(t, l, func() (any, error) { return nil, tc.body(l, loop.NewEvent(), tr) })
			if err != nil {
				t.Fatal(err)
			}
			wantOrder(t, tr, tc.want)
		})
	}
}

func TestCondition(t *testing.T) {
	t.Parallel()
	t.Run("notify wakes in order, with the lock", func(t *testing.T) {
		t.Parallel()
		l, _ := newLoop(t)
		tr := &trace{}
		_, err := run(t, l, func() (any, error) {
			c := loop.NewCondition(nil)
			var ts []loop.Awaitable
			for _, n := range []string{"a", "b", "c"} {
				ts = append(ts, l.CreateTask(loop.Async(func() error {
					loop.Await(c.Acquire())
					defer c.Release()
					_, err := loop.Await(c.Wait())
					tr.add("%s woke locked=%v", n, c.Locked())
					return err
				})))
			}
			sleep(0)
			if err := c.Notify(1); !errors.Is(err, loop.ErrInvalidState) {
				return nil, fmt.Errorf("Notify without the lock: %v", err)
			}
			loop.Await(c.Acquire())
			c.Notify(2)
			tr.add("notified 2")
			c.Release()
			sleep(time.Second)
			loop.Await(c.Acquire())
			c.NotifyAll()
			c.Release()
			_, err := loop.Await(loop.Gather(ts...))
			return nil, err
		})
		if err != nil {
			t.Fatal(err)
		}
		wantOrder(t, tr, "notified 2,a woke locked=true,b woke locked=true,c woke locked=true")
	})
	t.Run("cancelled waiter re-acquires the lock and passes its notification on", func(t *testing.T) {
		t.Parallel()
		l, _ := newLoop(t)
		tr := &trace{}
		_, err := run(t, l, func() (any, error) {
			c := loop.NewCondition(loop.NewLock())
			mk := func(n string) *loop.Task {
				return l.CreateTask(loop.Async(func() error {
					loop.Await(c.Acquire())
					defer c.Release()
					_, err := loop.Await(c.Wait())
					tr.add("%s %v locked=%v", n, err, c.Locked())
					return err
				}))
			}
			a, b := mk("a"), mk("b")
			sleep(0)
			// Hold the lock while a is notified then cancelled: a must wait
			// for the lock even though cancelled, and hand its wake-up to b.
			loop.Await(c.Acquire())
			c.Notify(1)
			a.Cancel()
			sleep(time.Second)
			tr.add("main releases")
			c.Release()
			loop.Await(loop.GatherReturnExceptions(a, b))
			if !a.Cancelled() || b.Cancelled() {
				t.Errorf("a cancelled=%v b cancelled=%v", a.Cancelled(), b.Cancelled())
			}
			return nil, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		wantOrder(t, tr, "main releases,a loop: cancelled locked=true,b <nil> locked=true")
	})
	t.Run("wait without the lock", func(t *testing.T) {
		t.Parallel()
		l, _ := newLoop(t)
		_, err := run(t, l, func() (any, error) { return loop.Await(loop.NewCondition(nil).Wait()) })
		if !errors.Is(err, loop.ErrInvalidState) {
			t.Errorf("Wait without the lock: %v", err)
		}
	})
	t.Run("WaitFor a predicate", func(t *testing.T) {
		t.Parallel()
		l, _ := newLoop(t)
		_, err := run(t, l, func() (any, error) {
			c := loop.NewCondition(nil)
			n := 0
			w := l.CreateTask(loop.Async(func() (any, error) {
				loop.Await(c.Acquire())
				defer c.Release()
				if _, err := loop.Await(c.WaitFor(func() bool { return n >= 3 })); err != nil {
					return nil, err
				}
				return n, nil
			}))
			for range 5 {
				sleep(time.Second)
				loop.Await(c.Acquire())
				n++
				c.NotifyAll()
				c.Release()
			}
			v, err := loop.Await(w)
			if v != 3 || err != nil {
				return nil, fmt.Errorf("WaitFor gave %v %v, want 3", v, err)
			}
			return nil, nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

func TestSemaphore(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		value int
		run   func(l *loop.Loop, s *loop.Semaphore, tr *trace) error
		want  string
	}{
		{"two at a time, FIFO", 2, func(l *loop.Loop, s *loop.Semaphore, tr *trace) error {
			var ts []loop.Awaitable
			for i, n := range []string{"a", "b", "c", "d"} {
				ts = append(ts, l.CreateTask(worker(s, tr, n, time.Duration(i+1)*time.Second)))
			}
			_, err := loop.Await(loop.Gather(ts...))
			return err
		}, "a wants,a got,b wants,b got,c wants,d wants,c got,d got"},
		{"a newcomer does not jump the queue", 1, func(l *loop.Loop, s *loop.Semaphore, tr *trace) error {
			loop.Await(s.Acquire())
			b := l.CreateTask(worker(s, tr, "b", 0))
			sleep(0)
			s.Release() // handed to b
			if !s.Locked() {
				tr.add("not locked after hand-off")
			}
			_, err := loop.Await(worker(s, tr, "main", 0)) // waits behind b
			loop.Await(b)
			return err
		}, "b wants,main wants,b got,main got"},
		{"cancelled after hand-off gives the permit on", 1, func(l *loop.Loop, s *loop.Semaphore, tr *trace) error {
			loop.Await(s.Acquire())
			b := l.CreateTask(worker(s, tr, "b", 0))
			c := l.CreateTask(worker(s, tr, "c", 0))
			sleep(0)
			s.Release()
			b.Cancel()
			loop.Await(loop.GatherReturnExceptions(b, c))
			tr.add("value %d", s.Value())
			return nil
		}, "b wants,c wants,b loop: cancelled,c got,value 1"},
		{"cancelled while waiting", 0, func(l *loop.Loop, s *loop.Semaphore, tr *trace) error {
			b := l.CreateTask(worker(s, tr, "b", 0))
			c := l.CreateTask(worker(s, tr, "c", 0))
			sleep(0)
			b.Cancel()
			sleep(0)
			s.Release()
			_, err := loop.Await(c)
			tr.add("value %d locked %v", s.Value(), s.Locked())
			return err
		}, "b wants,c wants,b loop: cancelled,c got,value 1 locked false"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			l, _ := newLoop(t)
			tr := &trace{}
			_, err := run(t, l, func() (any, error) { return nil, tc.run(l, loop.NewSemaphore(tc.value), tr) })
			if err != nil {
				t.Fatal(err)
			}
			wantOrder(t, tr, tc.want)
		})
	}
}

func TestBoundedSemaphore(t *testing.T) {
	t.Parallel()
	l, _ := newLoop(t)
	_, err := run(t, l, func() (any, error) {
		s := loop.NewBoundedSemaphore(2)
		if err := s.Release(); !errors.Is(err, loop.ErrInvalidState) {
			return nil, fmt.Errorf("release above the bound: %v", err)
		}
		loop.Await(s.Acquire())
		if err := s.Release(); err != nil {
			return nil, err
		}
		if s.Value() != 2 {
			return nil, fmt.Errorf("value %d, want 2", s.Value())
		}
		plain := loop.NewSemaphore(0)
		if err := plain.Release(); err != nil || plain.Value() != 1 {
			return nil, fmt.Errorf("plain semaphore release: %v, value %d", err, plain.Value())
		}
		return nil, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if recover() == nil {
			t.Error("NewSemaphore(-1) did not panic")
		}
	}()
	loop.NewSemaphore(-1)
}

func TestCloseWithTasksWaitingInPrimitives(t *testing.T) {
	t.Parallel()
	for _, own := range []bool{false, true} {
		t.Run(fmt.Sprint("own goroutine ", own), func(t *testing.T) {
			t.Parallel()
			l, _ := newLoop(t)
			mk := func(c *loop.Coroutine) *loop.Coroutine {
				if own {
					return c.OnOwnGoroutine()
				}
				return c
			}
			cond := loop.NewCondition(nil)
			q := loop.NewQueue(0)
			_, err := run(t, l, func() (any, error) {
				l.CreateTask(mk(loop.Async(func() error {
					loop.Await(cond.Acquire())
					_, err := loop.Await(cond.Wait())
					return err
				})))
				l.CreateTask(mk(loop.Async(func() error {
					tg := loop.NewTaskGroup()
					tg.CreateTask(q.Get())
					_, err := loop.Await(tg.Wait())
					return err
				})))
				l.CreateTask(mk(q.Join()))
				q.PutNowait(1)
				q.PutNowait(2)
				return nil, sleep(time.Second)
			})
			if err != nil {
				t.Fatal(err)
			}
			done := make(chan struct{})
			go func() { l.Close(); close(done) }()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("Close hung on tasks waiting in Condition, TaskGroup, Queue")
			}
		})
	}
}
