package hostrt

import (
	"regexp"
	"runtime"
	"strconv"
	"strings"
)

// The runtime's own errors for recover. A run-time panic of interpreted
// code reaches the program's recover as a RuntimeError with Go's message;
// where the message says all the operation needs (a nil dereference, an
// index or slice bound with its length or capacity, a make of a negative
// length), the operation is run in compiled code and the runtime's own
// error taken instead, so that %T of the value is Go's
// (runtime.boundsError, runtime.errorString) and an assertion to it holds.

var (
	indexOut    = regexp.MustCompile(`^runtime error: index out of range \[(-?\d+)\](?: with length (\d+))?$`)
	sliceCap    = regexp.MustCompile(`^runtime error: slice bounds out of range \[:(\d+)\] with (capacity|length) (\d+)$`)
	sliceInvert = regexp.MustCompile(`^runtime error: slice bounds out of range \[(\d+):(\d+)\]$`)
)

// runtimeValue returns v, a recovered value, with a RuntimeError the
// runtime's own error where runtimeError can make it.
func runtimeValue(v any) any {
	if e, ok := v.(*RuntimeError); ok {
		if err := runtimeError(e); err != nil {
			return err
		}
	}
	return v
}

// runtimeError returns the runtime's error of e's message, or nil where
// the message does not say enough to make it, or it came out otherwise.
func runtimeError(e *RuntimeError) error {
	if e.Refusal() || e.notIface != nil {
		return nil
	}
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	var op func()
	switch m := e.msg; {
	case m == nilDeref:
		op = func() {
			var p *int
			_ = *p
		}
	case m == "runtime error: makeslice: len out of range":
		op = func() { _ = make([]int, atoi("-1")) }
	case m == "runtime error: makeslice: cap out of range":
		op = func() { _ = make([]int, 1, atoi("0")) }
	default:
		if g := indexOut.FindStringSubmatch(m); g != nil {
			i, n := atoi(g[1]), atoi(g[2])
			op = func() { _ = make([]int, n)[i] }
		} else if g := sliceCap.FindStringSubmatch(m); g != nil {
			h, n := atoi(g[1]), atoi(g[3])
			if g[2] == "length" {
				op = func() { _ = strings.Repeat(" ", n)[:h] }
			} else {
				op = func() { _ = make([]int, n)[:h] }
			}
		} else if g := sliceInvert.FindStringSubmatch(m); g != nil {
			l, h := atoi(g[1]), atoi(g[2])
			op = func() { _ = make([]int, h)[l:h] }
		}
	}
	if op == nil {
		return nil
	}
	err := runtimeErrorOf(op)
	if err == nil || err.Error() != e.msg {
		return nil
	}
	return err
}

// runtimeErrorOf runs op and returns the runtime error it panics with.
func runtimeErrorOf(op func()) (err runtime.Error) {
	defer func() { err, _ = recover().(runtime.Error) }()
	op()
	return nil
}
