package loop

import (
	"errors"
	"fmt"
	"math/rand"
	"slices"
	"testing"
	"time"
	"unsafe"

	"github.com/sirupsen/logrus/hooks/test"
)

// A task is a goroutine plus these structs: their size is most of what
// the package adds to a sleeping task (see the README's speed section). Keep them in
// their size classes.
func TestStructSizes(t *testing.T) {
	for _, c := range []struct {
		name      string
		size, max uintptr
	}{
		{"Future", unsafe.Sizeof(Future{}), 80},
		{"Task", unsafe.Sizeof(Task{}), 128},
		{"Coroutine", unsafe.Sizeof(Coroutine{}), 32},
		{"TimerHandle", unsafe.Sizeof(TimerHandle{}), 48},
		{"sleepCoro", unsafe.Sizeof(sleepCoro{}), 80},
		{"gatherLink", unsafe.Sizeof(gatherLink{}), 16},
		{"ringBlock", unsafe.Sizeof(ringBlock{}), 4096},
	} {
		if c.size > c.max {
			t.Errorf("%s is %d bytes, more than %d", c.name, c.size, c.max)
		}
	}
}

// The ready queue is first in, first out across block boundaries, through
// the free list, and when it empties and fills again.
func TestRingFIFO(t *testing.T) {
	var r ring
	rng := rand.New(rand.NewSource(1))
	next, want := 0, 0
	for round := 0; round < 200; round++ {
		for range rng.Intn(3 * ringBlockLen) {
			r.push(item{idx: uint32(next)})
			next++
		}
		for n := rng.Intn(r.len() + 1); n > 0; n-- {
			if got := r.pop().idx; got != uint32(want) {
				t.Fatalf("popped %d, want %d", got, want)
			}
			want++
		}
		if r.len() != next-want {
			t.Fatalf("len %d, want %d", r.len(), next-want)
		}
	}
	if r.nfree > ringKeep {
		t.Fatalf("%d free blocks kept, at most %d", r.nfree, ringKeep)
	}
}

// The timer heap pops by deadline, then by scheduling order, also after
// cancelled timers are compacted out.
func TestTimerHeapOrder(t *testing.T) {
	l := &Loop{}
	rng := rand.New(rand.NewSource(2))
	var all []*TimerHandle
	for i := range 5000 {
		th := &TimerHandle{when: float64(rng.Intn(300)), loop: l}
		l.pushTimer(th)
		all = append(all, th)
		if i%3 == 0 {
			all[rng.Intn(len(all))].Cancel()
		}
		if i%2 == 0 {
			th.Cancel() // enough cancelled timers to compact the heap
		}
	}
	if l.ncancel*2 > len(l.timers) {
		t.Fatalf("never compacted: %d of %d cancelled", l.ncancel, len(l.timers))
	}
	var live []*TimerHandle
	for _, th := range all {
		if !th.cancelled {
			live = append(live, th)
		}
	}
	// all is in scheduling order: a stable sort by deadline is the order
	// the timers must run in.
	slices.SortStableFunc(live, func(a, b *TimerHandle) int {
		switch {
		case a.when < b.when:
			return -1
		case a.when > b.when:
			return 1
		}
		return 0
	})
	var got []*TimerHandle
	for len(l.timers) > 0 {
		if th := l.timers.pop(); !th.cancelled {
			got = append(got, th)
		}
	}
	if !slices.Equal(got, live) {
		t.Fatalf("timers popped out of order")
	}
}

// Waiting again and again on a future that stays pending (Wait, WaitFor and
// RunUntilComplete on a long-lived stop future) must not pile up emptied
// callback slots on it.
func TestGivenUpWaitsLeaveNoSlots(t *testing.T) {
	l := New(WithClock(NewVirtualClock()))
	defer l.Close()
	stop := l.CreateFuture()
	_, err := l.RunUntilComplete(Async(func() error {
		for range 100 {
			tick := EnsureFuture(Sleep(time.Millisecond))
			if _, err := Await(Wait([]Awaitable{stop, tick}, FirstCompleted, 0)); err != nil {
				return err
			}
			if _, err := Await(WaitFor(Shield(stop), time.Millisecond)); !errors.Is(err, ErrTimeout) {
				return fmt.Errorf("WaitFor: %v, want a timeout", err)
			}
		}
		return nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	if stop.ncb > 1 {
		t.Errorf("the stop future holds %d callback slots after 200 given-up waits", stop.ncb)
	}
}

// A loop that jumps a shared virtual clock wakes the other loops waiting
// on it, whose timers may be due now.
func TestSharedVirtualClockJumpWakesOthers(t *testing.T) {
	vc := NewVirtualClock()
	held := New(WithClock(vc))
	defer held.Close()
	release := held.Hold()
	defer release()
	fired := make(chan float64, 1)
	held.CallLater(time.Second, func() { fired <- held.Time(); held.Stop() })
	stopped := make(chan struct{})
	go func() { defer close(stopped); held.RunForever() }()
	for { // until held waits on the clock
		vc.mu.Lock()
		n := len(vc.waiting)
		vc.mu.Unlock()
		if n == 1 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	jumper := New(WithClock(vc))
	defer jumper.Close()
	jumper.RunUntilComplete(Sleep(5 * time.Second)) //nolint:errcheck // a sleep
	select {
	case at := <-fired:
		if at < 5 {
			t.Errorf("the timer ran at %v, before the jump", at)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the held loop was not woken by the other loop's jump of the clock")
	}
	<-stopped
}

// The package's own deliveries to a closed loop (an executor job's result,
// ConcurrentFuture.Cancel) are dropped without a warning; Cancel reports
// false.
func TestPostToAClosedLoop(t *testing.T) {
	l := New(WithClock(NewVirtualClock()))
	quiet, _ := test.NewNullLogger()
	l.SetLogger(quiet) // Close reports the pending task
	cf := RunCoroutineThreadsafe(Sleep(time.Hour), l)
	l.RunUntilComplete(Sleep(time.Second)) //nolint:errcheck // a sleep
	l.Close()
	lg, hook := test.NewNullLogger()
	l.SetLogger(lg)
	if l.post(func() {}) {
		t.Error("post to a closed loop accepted")
	}
	if cf.Cancel() {
		t.Error("Cancel after Close reported true")
	}
	if n := len(hook.AllEntries()); n != 0 {
		t.Errorf("%d log entries, want none: %v", n, hook.AllEntries()[0].Message)
	}
}

// While Run waits for the executor's jobs, a new one is refused with an
// error that says so, matching ErrClosed.
func TestRunInExecutorAfterShutdown(t *testing.T) {
	lg, _ := test.NewNullLogger()
	l := New(WithLogger(lg))
	defer l.Close()
	if idle := l.exec.shutdown(); idle != nil {
		t.Fatal("shutdown of an idle executor waits")
	}
	_, err := l.RunInExecutor(func() {}).Result()
	if !errors.Is(err, ErrClosed) || err != errExecutorShutdown {
		t.Errorf("RunInExecutor after shutdown: %v", err)
	}
}
