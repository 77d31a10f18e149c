package loop

import (
	"math"
	"sync"
	"time"
)

// Clock is the time source of a loop: Time, CallLater, CallAt and Sleep all
// read it. There are two: RealClock, the monotonic wall clock, and a virtual
// clock from NewVirtualClock, which stands still while the loop has work
// and jumps straight to the next timer's deadline when the loop would
// otherwise wait, so a program that sleeps for minutes finishes in
// milliseconds with the same output.
//
// The set of clocks is closed: the loop needs to know how to wait on one.
type Clock interface {
	// Now returns the clock's reading in seconds. Safe from any goroutine.
	Now() float64
	// Virtual reports whether the clock is virtual.
	Virtual() bool
	// wait blocks until the clock reads at least deadline (math.Inf(1):
	// no deadline) or l's wake channel is signalled. busy reports whether
	// work is in flight outside the loop; a virtual clock only jumps when
	// it is not. Several loops may wait on one clock.
	wait(deadline float64, l *Loop, busy bool)
}

// clockResolution is the resolution of the clocks' readings, in
// seconds: a timer is due when the clock reads its deadline less this
// (asyncio's loop adds its clock's resolution so).
const clockResolution = 1e-9

type realClock struct {
	base time.Time
}

var processStart = time.Now()

// RealClock returns the monotonic wall clock, reading seconds since the
// process started. It is the default clock of a loop. Safe from any
// goroutine.
func RealClock() Clock { return &realClock{base: processStart} }

// RealClockAt returns a monotonic wall clock that reads now seconds at the
// moment of the call and then moves with real time, as RealClock does. A
// loop switched from a clock that reads further than RealClock (a virtual
// clock that has jumped over long sleeps) can keep going forward from that
// reading instead of going back in time. Safe from any goroutine.
func RealClockAt(now float64) Clock {
	return &realClock{base: time.Now().Add(-time.Duration(now * float64(time.Second)))}
}

func (c *realClock) Now() float64  { return time.Since(c.base).Seconds() }
func (c *realClock) Virtual() bool { return false }

func (c *realClock) wait(deadline float64, l *Loop, _ bool) {
	if math.IsInf(deadline, 1) {
		<-l.wake
		return
	}
	d := time.Duration((deadline - c.Now()) * float64(time.Second))
	if d <= 0 {
		return
	}
	// The loop's own timer (loop goroutine only), so that loops sharing
	// the clock do not move each other's deadlines.
	t := l.waitTimer
	if t == nil {
		t = time.NewTimer(d)
		l.waitTimer = t
	} else {
		t.Reset(d)
	}
	select {
	case <-l.wake:
		t.Stop()
	case <-t.C:
	}
}

// VirtualClock is a clock that only moves when the loop using it has
// nothing to do: then it jumps to the next timer's deadline at once. Make
// one with NewVirtualClock. Its methods are safe from any goroutine.
type VirtualClock struct {
	mu      sync.Mutex
	now     float64
	waiting map[*Loop]struct{} // loops blocked in wait, which Advance wakes
}

// NewVirtualClock returns a virtual clock reading zero. Safe from any
// goroutine.
func NewVirtualClock() *VirtualClock { return &VirtualClock{} }

// Now returns the clock's reading in seconds. Safe from any goroutine.
func (c *VirtualClock) Now() float64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Virtual reports true. Safe from any goroutine.
func (c *VirtualClock) Virtual() bool { return true }

// Advance moves the clock forward by d (never backward), waking the
// loops that wait on it, which run the timers now due. Safe from any
// goroutine.
func (c *VirtualClock) Advance(d time.Duration) {
	if d <= 0 {
		return
	}
	c.mu.Lock()
	c.now += d.Seconds()
	for l := range c.waiting {
		l.wakeup()
	}
	c.mu.Unlock()
}

func (c *VirtualClock) wait(deadline float64, l *Loop, busy bool) {
	if busy || math.IsInf(deadline, 1) {
		// Something real is in flight (an executor job, a submission from
		// another goroutine, a hold): time may not jump past it, but
		// Advance may move it.
		c.mu.Lock()
		if deadline <= c.now {
			c.mu.Unlock()
			return
		}
		if c.waiting == nil {
			c.waiting = map[*Loop]struct{}{}
		}
		c.waiting[l] = struct{}{}
		c.mu.Unlock()
		<-l.wake
		c.mu.Lock()
		delete(c.waiting, l)
		c.mu.Unlock()
		return
	}
	c.mu.Lock()
	if deadline > c.now {
		c.now = deadline
		for other := range c.waiting {
			other.wakeup() // their timers may be due now
		}
	}
	c.mu.Unlock()
}

// clockFromEnv returns the clock named by ASYNCREPL_CLOCK, or nil.
func clockFromEnv(v string) Clock {
	switch v {
	case "virtual":
		return NewVirtualClock()
	case "real":
		return RealClock()
	}
	return nil
}

// NextTimer returns when, on the loop's clock, the earliest pending timer
// is due (a CallLater or CallAt callback, a Sleep, a timeout), and false
// when no timer is pending. With a virtual clock, that is where the clock
// jumps once nothing is ready: a host stepping a loop by hand (the
// asyncrepl shell's :step) advances it there. Loop goroutine only.
func (l *Loop) NextTimer() (when float64, ok bool) {
	if l.ncancel == 0 {
		if len(l.timers) == 0 {
			return 0, false
		}
		return l.timers[0].when, true
	}
	for i := range l.timers {
		if e := &l.timers[i]; !e.t.cancelled && (!ok || e.when < when) {
			when, ok = e.when, true
		}
	}
	return when, ok
}
