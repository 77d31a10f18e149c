package loop_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// napper sleeps d then returns v (or err), noting in tr how it ended.
func napper(tr *trace, name string, d time.Duration, v any, err error) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		if e := sleep(d); e != nil {
			tr.add("%s %v", name, e)
			return nil, e
		}
		tr.add("%s done", name)
		return v, err
	})
}

var errBoom = errors.New("boom")

func TestWaitFor(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		run     func(l *loop.Loop, tr *trace) (any, error)
		wantV   any
		wantErr error
		trace   string
		at      float64 // virtual time at the end
	}{
		{"finishes in time", func(l *loop.Loop, tr *trace) (any, error) {
			return loop.Await(loop.WaitFor(napper(tr, "inner", time.Second, 7, nil), 2*time.Second))
		}, 7, nil, "inner done", 1},
		{"inner error passes through", func(l *loop.Loop, tr *trace) (any, error) {
			return loop.Await(loop.WaitFor(napper(tr, "inner", time.Second, nil, errBoom), 2*time.Second))
		}, nil, errBoom, "inner done", 1},
		{"times out: coroutine cancelled inline", func(l *loop.Loop, tr *trace) (any, error) {
			return loop.Await(loop.WaitFor(napper(tr, "inner", 5*time.Second, 7, nil), 2*time.Second))
		}, nil, loop.ErrTimeout, "inner loop: cancelled: deadline exceeded", 2},
		{"times out: task cancelled and waited for", func(l *loop.Loop, tr *trace) (any, error) {
			inner := l.CreateTask(loop.Async(func() error {
				err := sleep(5 * time.Second)
				tr.add("inner %v", errors.Is(err, loop.ErrCancelled))
				sleep(time.Second) // cleanup takes a second, uncancellable here
				tr.add("inner cleaned up")
				return err
			}))
			v, err := loop.Await(loop.WaitFor(inner, 2*time.Second))
			tr.add("inner done=%v cancelled=%v", inner.Done(), inner.Cancelled())
			return v, err
		}, nil, loop.ErrTimeout, "inner true,inner cleaned up,inner done=true cancelled=true", 3},
		{"inner swallows the cancellation", func(l *loop.Loop, tr *trace) (any, error) {
			return loop.Await(loop.WaitFor(loop.Async(func() (any, error) {
				sleep(5 * time.Second)
				return "swallowed", nil
			}), time.Second))
		}, "swallowed", nil, "", 1},
		{"zero timeout, not done: cancelled", func(l *loop.Loop, tr *trace) (any, error) {
			return loop.Await(loop.WaitFor(napper(tr, "inner", time.Second, 1, nil), 0))
		}, nil, loop.ErrTimeout, "", 0},
		{"zero timeout, done: its result", func(l *loop.Loop, tr *trace) (any, error) {
			f := l.CreateFuture()
			f.SetResult(3)
			return loop.Await(loop.WaitFor(f, 0))
		}, 3, nil, "", 0},
		{"a future is cancelled on timeout", func(l *loop.Loop, tr *trace) (any, error) {
			f := l.CreateFuture()
			v, err := loop.Await(loop.WaitFor(f, time.Second))
			tr.add("future cancelled=%v", f.Cancelled())
			return v, err
		}, nil, loop.ErrTimeout, "future cancelled=true", 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			l, _ := newLoop(t)
			tr := &trace{}
			v, err := run(t, l, func() (any, error) { return tc.run(l, tr) })
			if v != tc.wantV || !errors.Is(err, tc.wantErr) || (tc.wantErr == nil) != (err == nil) {
				t.Errorf("got %v, %v; want %v, %v", v, err, tc.wantV, tc.wantErr)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "loop: ") && !errors.Is(err, errBoom) {
				t.Errorf("error %q does not start with loop:", err)
			}
			if errors.Is(err, loop.ErrTimeout) && errors.Is(err, loop.ErrCancelled) {
				t.Errorf("timeout error also matches ErrCancelled: %v", err)
			}
			wantOrder(t, tr, tc.trace)
			if l.Time() != tc.at {
				t.Errorf("ended at %v, want %v", l.Time(), tc.at)
			}
		})
	}
}

func TestWaitForOutsideCancellationStaysCancelled(t *testing.T) {
	t.Parallel()
	for _, when := range []time.Duration{time.Second, 2 * time.Second} {
		t.Run(fmt.Sprint(when), func(t *testing.T) {
			t.Parallel()
			l, _ := newLoop(t)
			tr := &trace{}
			_, err := run(t, l, func() (any, error) {
				w := l.CreateTask(loop.Async(func() (any, error) {
					return loop.Await(loop.WaitFor(napper(tr, "inner", 5*time.Second, 1, nil), 2*time.Second))
				}))
				// Cancelled from outside before the deadline, or at the same
				// instant (the outside cancellation is scheduled first).
				l.CallLater(when, func() { w.Cancel("outside") })
				_, err := loop.Await(w)
				if !errors.Is(err, loop.ErrCancelled) || errors.Is(err, loop.ErrTimeout) || !w.Cancelled() {
					return nil, fmt.Errorf("outside cancellation gave %v (cancelled=%v)", err, w.Cancelled())
				}
				return nil, nil
			})
			if err != nil {
				t.Fatal(err)
			}
			// At the same instant the deadline's request comes second: the
			// first already cancelled the inner sleep, whose message the
			// inner task keeps, as asyncio's keeps its sleep future's.
			wantOrder(t, tr, "inner loop: cancelled: outside")
		})
	}
}

func TestTimeout(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		run     func(l *loop.Loop, tr *trace) (any, error)
		wantV   any
		wantErr error
		trace   string
	}{
		{"finishes before the deadline", func(l *loop.Loop, tr *trace) (any, error) {
			v, err := loop.Await(loop.Timeout(2*time.Second, napper(tr, "body", time.Second, "ok", nil)))
			// The deadline is gone: later awaits are not cancelled.
			if e := sleep(5 * time.Second); e != nil {
				return nil, e
			}
			return v, err
		}, "ok", nil, "body done"},
		{"expires: the block is cancelled, ErrTimeout", func(l *loop.Loop, tr *trace) (any, error) {
			v, err := loop.Await(loop.Timeout(time.Second, loop.Async(func() error {
				if err := sleep(time.Hour); err != nil {
					tr.add("step 1 %v", errors.Is(err, loop.ErrCancelled))
					return fmt.Errorf("step 1: %w", err)
				}
				tr.add("step 2")
				return nil
			})))
			// The task is not cancelled any more.
			if e := sleep(time.Second); e != nil {
				return nil, e
			}
			tr.add("after at %v", l.Time())
			return v, err
		}, nil, loop.ErrTimeout, "step 1 true,after at 2"},
		{"deadline already past: expires at the first suspension", func(l *loop.Loop, tr *trace) (any, error) {
			return loop.Await(loop.Timeout(-time.Second, loop.Async(func() (any, error) {
				tr.add("runs")
				return nil, sleep(0)
			})))
		}, nil, loop.ErrTimeout, "runs"},
		{"deadline past, no suspension: completes", func(l *loop.Loop, tr *trace) (any, error) {
			v, err := loop.Await(loop.Timeout(0, loop.Async(func() any { return 5 })))
			if e := sleep(time.Second); e != nil { // no stray cancellation
				return nil, e
			}
			return v, err
		}, 5, nil, ""},
		{"nested: the inner one expires", func(l *loop.Loop, tr *trace) (any, error) {
			return loop.Await(loop.Timeout(5*time.Second, loop.Async(func() (any, error) {
				_, err := loop.Await(loop.Timeout(time.Second, loop.Sleep(time.Hour)))
				tr.add("inner %v", errors.Is(err, loop.ErrTimeout))
				return "outer ok", nil
			})))
		}, "outer ok", nil, "inner true"},
		{"nested: the outer one expires", func(l *loop.Loop, tr *trace) (any, error) {
			return loop.Await(loop.Timeout(time.Second, loop.Async(func() (any, error) {
				_, err := loop.Await(loop.Timeout(5*time.Second, loop.Sleep(time.Hour)))
				tr.add("inner timeout=%v cancelled=%v", errors.Is(err, loop.ErrTimeout), errors.Is(err, loop.ErrCancelled))
				return nil, err
			})))
		}, nil, loop.ErrTimeout, "inner timeout=false cancelled=true"},
		{"TimeoutAt", func(l *loop.Loop, tr *trace) (any, error) {
			sleep(time.Second)
			_, err := loop.Await(loop.TimeoutAt(3, loop.Sleep(time.Hour)))
			tr.add("at %v", l.Time())
			return nil, err
		}, nil, loop.ErrTimeout, "at 3"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			l, _ := newLoop(t)
			tr := &trace{}
			v, err := run(t, l, func() (any, error) { return tc.run(l, tr) })
			if v != tc.wantV || !errors.Is(err, tc.wantErr) || (tc.wantErr == nil) != (err == nil) {
				t.Errorf("got %v, %v; want %v, %v", v, err, tc.wantV, tc.wantErr)
			}
			wantOrder(t, tr, tc.trace)
		})
	}
}

func TestTimeoutOutsideCancellation(t *testing.T) {
	t.Parallel()
	l, _ := newLoop(t)
	_, err := run(t, l, func() (any, error) {
		w := l.CreateTask(loop.Timeout(time.Hour, loop.Sleep(2*time.Hour)))
		l.CallLater(time.Second, func() { w.Cancel() })
		_, err := loop.Await(w)
		if !errors.Is(err, loop.ErrCancelled) || errors.Is(err, loop.ErrTimeout) {
			return nil, fmt.Errorf("got %v, want ErrCancelled", err)
		}
		return nil, nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestShield(t *testing.T) {
	t.Parallel()
	t.Run("cancelling the awaiter leaves the inner task running", func(t *testing.T) {
		t.Parallel()
		l, _ := newLoop(t)
		tr := &trace{}
		_, err := run(t, l, func() (any, error) {
			inner := l.CreateTask(napper(tr, "inner", 2*time.Second, 42, nil))
			waiter := l.CreateTask(loop.Async(func() (any, error) { return loop.Await(loop.Shield(inner)) }))
			l.CallLater(time.Second, func() { waiter.Cancel() })
			_, err := loop.Await(waiter)
			tr.add("waiter %v inner done=%v", errors.Is(err, loop.ErrCancelled), inner.Done())
			v, err := loop.Await(inner)
			tr.add("inner gave %v %v", v, err)
			return nil, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		wantOrder(t, tr, "waiter true inner done=false,inner done,inner gave 42 <nil>")
	})
	t.Run("result, error and cancellation pass through", func(t *testing.T) {
		t.Parallel()
		l, _ := newLoop(t)
		tr := &trace{}
		_, err := run(t, l, func() (any, error) {
			v, err := loop.Await(loop.Shield(napper(tr, "a", time.Second, 1, nil)))
			tr.add("%v %v", v, err)
			_, err = loop.Await(loop.Shield(napper(tr, "b", time.Second, nil, errBoom)))
			tr.add("%v", err)
			c := l.CreateTask(napper(tr, "c", time.Second, nil, nil))
			s := loop.Shield(c)
			c.Cancel("inner cancelled")
			_, err = loop.Await(s)
			tr.add("%v", err)
			done := l.CreateFuture()
			done.SetResult("already")
			if loop.Shield(done) != done {
				tr.add("a done future is not returned as is")
			}
			return nil, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		wantOrder(t, tr, "a done,1 <nil>,b done,boom,loop: cancelled: inner cancelled")
	})
	t.Run("shielded error after the shield was cancelled is reported", func(t *testing.T) {
		t.Parallel()
		l, hook := newLoop(t)
		_, err := run(t, l, func() (any, error) {
			inner := l.CreateTask(napper(&trace{}, "inner", time.Second, nil, errBoom))
			s := loop.Shield(inner)
			s.Cancel()
			sleep(2 * time.Second)
			return nil, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		l.Close()
		found := false
		for _, e := range hook.AllEntries() {
			if strings.Contains(e.Message, "exception was never retrieved") {
				found = true
			}
		}
		if !found {
			t.Error("the shielded task's error, which nobody read, was not reported")
		}
	})
}

func TestWait(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name       string
		returnWhen loop.ReturnWhen
		timeout    time.Duration
		durs       []time.Duration
		errs       []error
		done, pend string // indexes
		at         float64
	}{
		{"all completed", loop.AllCompleted, 0, []time.Duration{3, 1, 2}, nil, "0 1 2", "", 3},
		{"first completed", loop.FirstCompleted, 0, []time.Duration{3, 1, 2}, nil, "1", "0 2", 1},
		{"first exception", loop.FirstException, 0, []time.Duration{3, 1, 2}, []error{nil, nil, errBoom}, "1 2", "0", 2},
		{"first exception, none fails", loop.FirstException, 0, []time.Duration{3, 1, 2}, nil, "0 1 2", "", 3},
		{"timeout", loop.AllCompleted, 2500 * time.Millisecond, []time.Duration{3, 1, 2}, nil, "1 2", "0", 2.5},
		{"timeout after all done", loop.AllCompleted, 10 * time.Second, []time.Duration{1, 2}, nil, "0 1", "", 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			l, _ := newLoop(t)
			_, err := run(t, l, func() (any, error) {
				var aws []loop.Awaitable
				index := map[*loop.Future]int{}
				for i, d := range tc.durs {
					var e error
					if tc.errs != nil {
						e = tc.errs[i]
					}
					f := loop.EnsureFuture(napper(&trace{}, "", d*time.Second, i, e))
					index[f] = i
					aws = append(aws, f)
				}
				aws = append(aws, aws[0]) // a repeat counts once
				v, err := loop.Await(loop.Wait(aws, tc.returnWhen, tc.timeout))
				if err != nil {
					return nil, err
				}
				r := v.(loop.WaitResult)
				str := func(fs []*loop.Future) string {
					var s []string
					for _, f := range fs {
						s = append(s, fmt.Sprint(index[f]))
					}
					return strings.Join(s, " ")
				}
				if d, p := str(r.Done), str(r.Pending); d != tc.done || p != tc.pend {
					t.Errorf("done [%s] pending [%s], want [%s] [%s]", d, p, tc.done, tc.pend)
				}
				if l.Time() != tc.at {
					t.Errorf("returned at %v, want %v", l.Time(), tc.at)
				}
				for _, f := range r.Pending {
					f.Cancel()
				}
				loop.Await(loop.GatherReturnExceptions(aws[:len(aws)-1]...))
				return nil, nil
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestWaitEdges(t *testing.T) {
	t.Parallel()
	l, _ := newLoop(t)
	_, err := run(t, l, func() (any, error) {
		if _, err := loop.Await(loop.Wait(nil, loop.AllCompleted, 0)); err == nil || !strings.HasPrefix(err.Error(), "loop: ") {
			return nil, fmt.Errorf("Wait of nothing: %v", err)
		}
		f := l.CreateFuture()
		if _, err := loop.Await(loop.Wait([]loop.Awaitable{f}, loop.ReturnWhen(9), 0)); err == nil {
			return nil, errors.New("Wait with a bad returnWhen gave no error")
		}
		// Already done: no wait at all.
		f.SetResult(1)
		v, err := loop.Await(loop.Wait([]loop.Awaitable{f}, loop.FirstCompleted, 0))
		if r := v.(loop.WaitResult); err != nil || len(r.Done) != 1 || l.Time() != 0 {
			return nil, fmt.Errorf("done future: %v %v", v, err)
		}
		// The waiting task cancelled: ErrCancelled, the futures untouched.
		g := l.CreateFuture()
		w := l.CreateTask(loop.Wait([]loop.Awaitable{g}, loop.AllCompleted, 0))
		sleep(0)
		w.Cancel()
		if _, err := loop.Await(w); !errors.Is(err, loop.ErrCancelled) || g.Done() {
			return nil, fmt.Errorf("cancelled Wait: %v, future done=%v", err, g.Done())
		}
		if loop.FirstException.String() != "FIRST_EXCEPTION" {
			return nil, errors.New("ReturnWhen.String")
		}
		return nil, nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestAsCompleted(t *testing.T) {
	t.Parallel()
	l, _ := newLoop(t)
	tr := &trace{}
	_, err := run(t, l, func() (any, error) {
		a := napper(&trace{}, "", 3*time.Second, "a", nil)
		b := napper(&trace{}, "", time.Second, nil, errBoom)
		c := l.CreateTask(napper(&trace{}, "", 2*time.Second, "c", nil))
		cs := loop.AsCompleted(a, b, c, c)
		tr.add("%d coroutines", len(cs))
		// The second consumer is cancelled: the result it would have had
		// goes to the next one.
		second := l.CreateTask(loop.Async(func() (any, error) {
			sleep(0) // let the main task queue first
			return loop.Await(cs[1])
		}))
		for i, co := range []*loop.Coroutine{cs[0], cs[2]} {
			v, err := loop.Await(co)
			tr.add("%d: %v %v at %v", i, v, err, l.Time())
			if i == 0 {
				second.Cancel()
			}
		}
		_, err := loop.Await(second)
		tr.add("second %v", errors.Is(err, loop.ErrCancelled))
		return nil, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	wantOrder(t, tr, "3 coroutines,0: <nil> boom at 1,1: c <nil> at 2,second true")
}

// The first result of AsCompleted taken, the rest left: asyncio makes its
// coroutines as the loop asks for them, so the ones never asked for are
// never reported as never awaited (they were, one per awaitable left).
func TestAsCompletedFirstResultOnly(t *testing.T) {
	l, hook := newLoop(t)
	v, err := run(t, l, func() (any, error) {
		for _, c := range loop.AsCompleted(napper(&trace{}, "", time.Second, "a", nil), napper(&trace{}, "", 2*time.Second, "b", nil)) {
			return loop.Await(c)
		}
		return nil, nil
	})
	if v != "a" || err != nil {
		t.Fatalf("first result = %v, %v; want a", v, err)
	}
	l.Close()
	loop.FlushWarnings(time.Second)
	for _, e := range hook.AllEntries() {
		if strings.Contains(e.Message, "never awaited") {
			t.Errorf("warned: %s", e.Message)
		}
	}
}

// A combinator given nothing to await says so in its own name, not
// Await's.
func TestCombinatorOfNil(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		aw   func() loop.Awaitable
		want string
	}{
		{"WaitFor", func() loop.Awaitable { return loop.WaitFor(nil, time.Second) }, "loop: WaitFor(nil): nothing to await"},
		{"WaitFor nil task", func() loop.Awaitable { return loop.WaitFor((*loop.Task)(nil), 0) }, "loop: WaitFor of a nil *Task"},
		{"Timeout", func() loop.Awaitable { return loop.Timeout(time.Second, nil) }, "loop: Timeout(nil): nothing to await"},
		{"TimeoutAt nil coroutine", func() loop.Awaitable { return loop.TimeoutAt(1, (*loop.Coroutine)(nil)) }, "loop: TimeoutAt of a nil *Coroutine"},
		{"Shield", func() loop.Awaitable { return loop.Shield(nil) }, "loop: Shield(nil): nothing to await"},
		{"Shield nil future", func() loop.Awaitable { return loop.Shield((*loop.Future)(nil)) }, "loop: Shield of a nil *Future"},
		{"Gather", func() loop.Awaitable { return loop.Gather(loop.Sleep(0), (*loop.Future)(nil)) }, "loop: nil awaitable (a nil *Future)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := loop.Run(loop.Async(func() (any, error) { return loop.Await(tc.aw()) }))
			if err == nil || err.Error() != tc.want {
				t.Errorf("err %v, want %q", err, tc.want)
			}
		})
	}
}
