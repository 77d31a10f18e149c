package repl

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

// Stepping the virtual clock by hand. Between inputs the session holds
// its loop's virtual clock (see Session.hold): the loop runs what is
// ready, but time does not jump. :advance and :step move it, each as an
// input that sleeps: while it sleeps the clock jumps from timer to timer,
// and what falls due runs, in order, as it would in a program.

// ClockInfo returns the kind of the loop's clock, "real" or "virtual", and
// the loop's time in seconds.
func (s *Session) ClockInfo() (kind string, now float64, err error) {
	virtual := false
	if !s.onLoop(func() { virtual = s.loop.Clock().Virtual() }) {
		return "", 0, s.noLoop()
	}
	kind = "real"
	if virtual {
		kind = "virtual"
	}
	return kind, s.loop.Time(), nil
}

// errRealClock is the error of :advance and :step on the real clock.
var errRealClock = errors.New("repl: the loop runs on the real clock, whose time moves by itself; :clock virtual first, to step it by hand")

// Advance moves the loop's virtual clock forward by d and runs what falls
// due meanwhile, timers in deadline order and what they make ready, as
// an input sleeping for d would. It returns the loop's time before and
// after.
func (s *Session) Advance(ctx context.Context, d time.Duration) (from, to float64, err error) {
	if d < 0 {
		return 0, 0, fmt.Errorf("repl: :advance %v: time only goes forward", d)
	}
	return s.advance(ctx, ":advance "+d.String(), func() (time.Duration, error) { return d, nil })
}

// Step runs the loop's next iteration. Between inputs the loop has run all
// that was ready, so its next iteration is the next timer's: the virtual
// clock moves to it, and what is due then runs, with what that makes
// ready. With no timer pending there is nothing to step: ok is false.
func (s *Session) Step(ctx context.Context) (from, to float64, ok bool, err error) {
	ok = true
	from, to, err = s.advance(ctx, ":step", func() (time.Duration, error) {
		at, pending := s.loop.NextTimer()
		if !pending {
			ok = false
			return -1, nil
		}
		return sleepUntil(s.loop.Time(), at), nil
	})
	return from, to, ok, err
}

// sleepUntil returns the shortest sleep that, started at loop time now,
// falls due at or after at. A sleep's deadline is now+d.Seconds(), in
// floating point: (at-now) seconds truncated to nanoseconds can land a
// nanosecond short of the timer, so that the step runs nothing; the
// duration is rounded up, then made longer while the deadline it gives
// is still short.
func sleepUntil(now, at float64) time.Duration {
	if at <= now {
		return 0
	}
	d := time.Duration(math.Ceil((at - now) * float64(time.Second)))
	for now+d.Seconds() < at {
		d++
	}
	return d
}

// advance runs an input named name that sleeps for the duration wait
// returns (on the loop goroutine, when the input starts); a negative one
// skips the sleep.
func (s *Session) advance(ctx context.Context, name string, wait func() (time.Duration, error)) (from, to float64, err error) {
	kind, from, err := s.ClockInfo()
	if err != nil {
		return 0, 0, err
	}
	if kind != "virtual" {
		return 0, 0, errRealClock
	}
	_, err = s.inTask(ctx, name, name, func(context.Context) ([]Item, error) {
		from = s.loop.Time()
		d, err := wait()
		if err != nil || d < 0 {
			return nil, err
		}
		// A timer due now still waits for the next iteration: Sleep(0)
		// lets it run.
		_, err = loop.Await(loop.Sleep(d))
		return nil, err
	})
	return from, s.loop.Time(), err
}

// clockCmd is :clock [real|virtual]: alone, it says which clock the loop
// runs on and the loop's time.
func (sh *Shell) clockCmd(arg string) error {
	if arg == "" {
		kind, now, err := sh.s.ClockInfo()
		if err != nil {
			return err
		}
		fmt.Fprintf(sh.out, "clock %s, loop time %s\n", kind, fmtLoopTime(now))
		return nil
	}
	if arg != "real" && arg != "virtual" {
		return errors.New("usage: :clock [real|virtual]")
	}
	if err := sh.s.SetClock(arg); err != nil {
		return err
	}
	sh.cfg.Session.Clock = arg // kept by :reset
	fmt.Fprintf(sh.out, "clock %s\n", arg)
	return nil
}

// advanceCmd is :advance DURATION.
func (sh *Shell) advanceCmd(ctx context.Context, arg string, intr <-chan os.Signal) error {
	d, err := time.ParseDuration(arg)
	if err != nil || arg == "" {
		return errors.New("usage: :advance DURATION (a Go duration: 500ms, 2s, 1m30s)")
	}
	var from, to float64
	err = sh.withInterrupts(intr, func() error {
		var err error
		from, to, err = sh.s.Advance(ctx, d)
		return err
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(sh.out, "loop time %s (+%s)\n", fmtLoopTime(to), fmtLoopTime(to-from))
	return nil
}

// stepCmd is :step.
func (sh *Shell) stepCmd(ctx context.Context, intr <-chan os.Signal) error {
	var (
		from, to float64
		ok       bool
	)
	err := sh.withInterrupts(intr, func() error {
		var err error
		from, to, ok, err = sh.s.Step(ctx)
		return err
	})
	if err != nil {
		return err
	}
	if !ok {
		fmt.Fprintf(sh.out, "no timer pending: nothing to step (loop time %s)\n", fmtLoopTime(to))
		return nil
	}
	fmt.Fprintf(sh.out, "loop time %s (+%s)\n", fmtLoopTime(to), fmtLoopTime(to-from))
	return nil
}

// fmtLoopTime shows a loop time in seconds as a duration, to the
// millisecond: 1.5s, 2h0m0s.
func fmtLoopTime(sec float64) string {
	return time.Duration(sec * float64(time.Second)).Round(time.Millisecond).String()
}
