package hostrt

import (
	"reflect"
	"runtime"
	"sync"

	"github.com/asyncrepl/asyncrepl/loop"
)

// Select runs the choice of a select statement of interpreted code (see
// the front end's lower_selectcases.go): yaegi v0.16.1 keeps one list of
// cases per select statement and fills it at each run, so goroutines
// running the same select at once received each other's values and
// waited on each other's channels. Select builds its list afresh at each
// call.
//
// spec has a letter per case of the statement, in source order: 'r' a
// receive (two arguments: the channel, and a pointer to the variable that
// takes the value, or nil), 'o' a receive with ok (three: the channel,
// the pointer or nil, a *bool or nil), 's' a send (two: the channel, a
// pointer to the value sent), 'd' the default case (none). The channels
// and values are evaluated by the caller, in Go's order. Select returns
// the index of the case chosen in spec, having stored what it received.
// A nil channel is never ready; a receive from a closed one gives the
// zero value and false; a send on a closed one panics, as in Go.
//
// A hard stop of the interpreter (HardStop) ends a goroutine waiting here
// as yaegi ends its own waits: the goroutine ends (a task ends cancelled).
func (h *Helpers) Select(spec string, args ...any) int {
	var buf [8]reflect.SelectCase
	cases := buf[:0]
	if len(spec)+1 > len(buf) {
		cases = make([]reflect.SelectCase, 0, len(spec)+1)
	}
	a := 0
	for i := 0; i < len(spec); i++ {
		switch spec[i] {
		case 'r':
			cases = append(cases, reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(args[a])})
			a += 2
		case 'o':
			cases = append(cases, reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(args[a])})
			a += 3
		case 's':
			c := reflect.SelectCase{Dir: reflect.SelectSend, Chan: reflect.ValueOf(args[a])}
			if c.Chan.IsValid() {
				c.Send = reflect.ValueOf(args[a+1]).Elem()
			}
			cases = append(cases, c)
			a += 2
		case 'd':
			cases = append(cases, reflect.SelectCase{Dir: reflect.SelectDefault})
		}
	}
	cases = append(cases, reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(h.stopChan())})
	chosen, v, ok := reflect.Select(cases)
	if chosen == len(spec) {
		h.stopped()
	}
	if cases[chosen].Dir != reflect.SelectRecv {
		return chosen
	}
	a = 0
	for i := range chosen {
		switch spec[i] {
		case 'r', 's':
			a += 2
		case 'o':
			a += 3
		}
	}
	if p := args[a+1]; p != nil {
		dst := reflect.ValueOf(p).Elem()
		if ok {
			dst.Set(v)
		} else {
			dst.SetZero()
		}
	}
	if spec[chosen] == 'o' && args[a+2] != nil {
		reflect.ValueOf(args[a+2]).Elem().SetBool(ok)
	}
	return chosen
}

// stopSignal is a channel closed at the interpreter's hard stop.
type stopSignal struct {
	ch   chan struct{}
	once sync.Once
}

func (s *stopSignal) closed() bool {
	select {
	case <-s.ch:
		return true
	default:
		return false
	}
}

// stopChan returns the channel the next hard stop closes.
func (h *Helpers) stopChan() chan struct{} {
	for {
		if s := h.stop.Load(); s != nil {
			return s.ch
		}
		h.stop.CompareAndSwap(nil, &stopSignal{ch: make(chan struct{})})
	}
}

// HardStop ends the waits of interpreted code in Select, as the
// interpreter's hard stop ends its own: it closes the channel every
// select of the program waits on besides its cases, until Rearm. Safe
// from any goroutine.
func (h *Helpers) HardStop() {
	h.stopChan()
	s := h.stop.Load()
	s.once.Do(func() { close(s.ch) })
}

// Rearm makes the selects that start from now on wait again after a hard
// stop: called as the next input starts, so that the goroutines the stop
// cut short end at their next select until then. Safe from any goroutine.
func (h *Helpers) Rearm() {
	if s := h.stop.Load(); s != nil && s.closed() {
		h.stop.CompareAndSwap(s, &stopSignal{ch: make(chan struct{})})
	}
}

// stopped ends the calling goroutine, whose select a hard stop ended, as
// the interpreter ends code it stops: quietly, running its deferred
// calls; a task the stop cut short ends cancelled (as in endOverflowed,
// the input's own task is ended by the session).
func (h *Helpers) stopped() {
	if t := loop.CurrentTask(); t != nil && t != h.InputTask.Load() && h.isRunning(t) {
		msg := "stopped"
		if m := h.StopMsg.Load(); m != nil {
			msg = *m
		}
		loop.ExitTask(&loop.CancelledError{Msg: msg})
	}
	runtime.Goexit()
}

// isRunning reports whether t runs interpreted coroutine code.
func (h *Helpers) isRunning(t *loop.Task) bool {
	h.runMu.Lock()
	defer h.runMu.Unlock()
	return h.running[t] > 0
}
