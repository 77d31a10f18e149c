package loop

import (
	"errors"
	"fmt"
)

// ErrHosted matches (errors.Is) the error of a call that would end a loop
// its host runs for others, or wait on it for good: see SetHost.
var ErrHosted = errors.New("loop: the event loop belongs to its host")

// HostedError is the error of a call that would end a hosted loop (see
// SetHost): Stop with no nested run to release, Close and Abandon; or wait
// on it for good: RunForever from the host's own task with nothing that
// could call Stop. It matches ErrHosted.
type HostedError struct {
	Call string // the method: "Stop", "Close", "Abandon" or "RunForever"
	Host string // what SetHost was told
}

// Error names the call, the host, and what the call is for. Safe from any
// goroutine.
func (e *HostedError) Error() string {
	var what string
	switch e.Call {
	case "Stop":
		what = "Stop only ends a nested RunForever, and none is waiting"
	case "RunForever":
		what = "RunForever here waits for a Stop, and nothing on the loop (no task, timer or callback) could call it: " +
			"schedule the Stop first (l.CallLater(d, l.Stop)), or await what you wait for (loop.Await(x))"
	default:
		what = e.Call + " is for a loop of your own (loop.New)"
	}
	return fmt.Sprintf("loop: %s: the event loop belongs to %s; %s", e.Call, e.Host, what)
}

// Unwrap returns ErrHosted. Safe from any goroutine.
func (e *HostedError) Unwrap() error { return ErrHosted }

// SetHost marks the loop as run by a host for code it does not control (as
// the asyncrepl shell runs one loop for every input): host says who, in
// the words of the errors below ("the shell, which stops it when you
// leave"). "" ends the hosting, for the host to stop, close or abandon the
// loop itself. While the loop is hosted, the calls that would end it for
// the host are refused, before they do anything: Stop with no nested
// RunForever to release panics, as Abandon does, with a *HostedError (they
// return no error; the panic ends the task or callback that called them,
// and says why); Close returns one. Nested runs (RunForever and
// RunUntilComplete from a task of the loop) work as on any loop, and
// SetLogger(nil) and SetClock(nil) restore the defaults. RunForever
// called from the host's own task (a Hidden coroutine's, as the shell's
// input is) when nothing else on the loop could call Stop returns a
// *HostedError too, rather than wait for good. Safe from any goroutine.
func (l *Loop) SetHost(host string) {
	if host == "" {
		l.host.Store(nil)
		return
	}
	l.host.Store(&host)
}

// Host returns what SetHost was told, "" for a loop no host runs. Safe
// from any goroutine.
func (l *Loop) Host() string {
	if h := l.host.Load(); h != nil {
		return *h
	}
	return ""
}

// Probe runs fn on the loop at its next turn, as CallSoonThreadsafe does,
// for a host that watches the loop rather than works on it: a watchdog
// that sends one now and then to see the loop turn (the asyncrepl shell
// sends one every quarter of a second). A probe is not the program's
// work, and the loop leaves it out where it asks what could still happen
// on it: RunForever from the host's own task (see SetHost) is refused
// with a probe waiting as without one. It returns false, and fn never
// runs, if the loop is closed; nothing is logged. Safe from any
// goroutine.
func (l *Loop) Probe(fn func()) bool {
	return l.send(handleItem(&Handle{fn: func() {
		l.probes.Add(-1)
		fn()
	}}), nil, true)
}

// refuseHosted returns the error of call on a hosted loop, nil when no
// host runs the loop.
func (l *Loop) refuseHosted(call string) error {
	if h := l.host.Load(); h != nil {
		return &HostedError{Call: call, Host: *h}
	}
	return nil
}

// SetResultText sets how the String methods of the loop's futures and
// tasks show a result other than a string: fn returns its text, or false
// to leave it to fmt's %v, the default (nil restores it). A host running
// code whose values fmt cannot print as that code's language would (an
// interpreter's, whose types' String methods compiled fmt does not see)
// shows them as the code would, or says it cannot, rather than print
// something else. The text is cut as a result's always is. Safe from any
// goroutine.
func (l *Loop) SetResultText(fn func(v any) (text string, ok bool)) {
	if fn == nil {
		l.showResult.Store(nil)
		return
	}
	l.showResult.Store(&fn)
}
