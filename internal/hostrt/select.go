package hostrt

import (
	"reflect"
	"runtime"
	"sync"
	"time"

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
// The front end calls Select for selects of four cases or more; the
// others call the helpers of selectExports, one per shape, which take
// their arguments without a spec (reflection calls a function of fixed
// parameters from interpreted code in half the time of a variadic one).
//
// The functions that wait are named selectWait...: the shell's report of
// a deadlock knows by that name a goroutine blocked in a select of
// interpreted code. A hard stop of the interpreter (HardStop) ends a
// goroutine waiting here
// as yaegi ends its own waits: the goroutine ends (a task ends cancelled).
func (h *Helpers) Select(spec string, args ...any) int {
	var buf [8]selCase
	cases := buf[:0]
	dflt := -1
	a := 0
	for i := 0; i < len(spec); i++ {
		switch spec[i] {
		case 'r', 's':
			cases = append(cases, selCase{kind: spec[i], ch: args[a], p: args[a+1]})
			a += 2
		case 'o':
			c := selCase{kind: 'o', ch: args[a], p: args[a+1]}
			c.ok, _ = args[a+2].(*bool)
			cases = append(cases, c)
			a += 3
		case 'd':
			dflt = i
		}
	}
	chosen := h.choose(cases, dflt >= 0)
	if chosen == len(cases) {
		return dflt
	}
	if dflt >= 0 && chosen >= dflt {
		chosen++
	}
	return chosen
}

// selCase is a communication case of a select: kind is 'r', 'o' or 's'
// as in Select's spec, ch the channel, p the pointer to the variable
// taking the value received (or nil) or to the value sent, ok the
// variable taking a receive's ok (or nil).
type selCase struct {
	kind  byte
	ch, p any
	ok    *bool
}

// selectExports are the helpers for the selects of one to three
// communication cases, named for the cases in source order (R a receive,
// O a receive with ok, S a send, as Select's spec; with three cases, and
// in the typed helpers of SelectElemTypes, R takes the *bool for ok or
// nil) and D if the select has a default case. The communication cases
// are numbered from 0 in source order; the default case is the number
// after them.
func (h *Helpers) selectExports() map[string]reflect.Value {
	r := func(c, p any) selCase { return selCase{kind: 'r', ch: c, p: p} }
	o := func(c, p any, ok *bool) selCase { return selCase{kind: 'o', ch: c, p: p, ok: ok} }
	s := func(c, p any) selCase { return selCase{kind: 's', ch: c, p: p} }
	one := func(c selCase, d bool) int { return h.choose1(c, d) }
	two := func(c0, c1 selCase, d bool) int { return h.choose2(c0, c1, d) }
	m := map[string]reflect.Value{
		"SelectR":  reflect.ValueOf(func(c, p any) int { return one(r(c, p), false) }),
		"SelectO":  reflect.ValueOf(func(c, p any, ok *bool) int { return one(o(c, p, ok), false) }),
		"SelectS":  reflect.ValueOf(func(c, p any) int { return one(s(c, p), false) }),
		"SelectRD": reflect.ValueOf(func(c, p any) int { return one(r(c, p), true) }),
		"SelectOD": reflect.ValueOf(func(c, p any, ok *bool) int { return one(o(c, p, ok), true) }),
		"SelectSD": reflect.ValueOf(func(c, p any) int { return one(s(c, p), true) }),

		"SelectRR": reflect.ValueOf(func(c0, p0, c1, p1 any) int { return two(r(c0, p0), r(c1, p1), false) }),
		"SelectRO": reflect.ValueOf(func(c0, p0, c1, p1 any, ok1 *bool) int { return two(r(c0, p0), o(c1, p1, ok1), false) }),
		"SelectRS": reflect.ValueOf(func(c0, p0, c1, p1 any) int { return two(r(c0, p0), s(c1, p1), false) }),
		"SelectOR": reflect.ValueOf(func(c0, p0 any, ok0 *bool, c1, p1 any) int { return two(o(c0, p0, ok0), r(c1, p1), false) }),
		"SelectOO": reflect.ValueOf(func(c0, p0 any, ok0 *bool, c1, p1 any, ok1 *bool) int {
			return two(o(c0, p0, ok0), o(c1, p1, ok1), false)
		}),
		"SelectOS": reflect.ValueOf(func(c0, p0 any, ok0 *bool, c1, p1 any) int { return two(o(c0, p0, ok0), s(c1, p1), false) }),
		"SelectSR": reflect.ValueOf(func(c0, p0, c1, p1 any) int { return two(s(c0, p0), r(c1, p1), false) }),
		"SelectSO": reflect.ValueOf(func(c0, p0, c1, p1 any, ok1 *bool) int { return two(s(c0, p0), o(c1, p1, ok1), false) }),
		"SelectSS": reflect.ValueOf(func(c0, p0, c1, p1 any) int { return two(s(c0, p0), s(c1, p1), false) }),

		"SelectRRD": reflect.ValueOf(func(c0, p0, c1, p1 any) int { return two(r(c0, p0), r(c1, p1), true) }),
		"SelectROD": reflect.ValueOf(func(c0, p0, c1, p1 any, ok1 *bool) int { return two(r(c0, p0), o(c1, p1, ok1), true) }),
		"SelectRSD": reflect.ValueOf(func(c0, p0, c1, p1 any) int { return two(r(c0, p0), s(c1, p1), true) }),
		"SelectORD": reflect.ValueOf(func(c0, p0 any, ok0 *bool, c1, p1 any) int { return two(o(c0, p0, ok0), r(c1, p1), true) }),
		"SelectOOD": reflect.ValueOf(func(c0, p0 any, ok0 *bool, c1, p1 any, ok1 *bool) int {
			return two(o(c0, p0, ok0), o(c1, p1, ok1), true)
		}),
		"SelectOSD": reflect.ValueOf(func(c0, p0 any, ok0 *bool, c1, p1 any) int { return two(o(c0, p0, ok0), s(c1, p1), true) }),
		"SelectSRD": reflect.ValueOf(func(c0, p0, c1, p1 any) int { return two(s(c0, p0), r(c1, p1), true) }),
		"SelectSOD": reflect.ValueOf(func(c0, p0, c1, p1 any, ok1 *bool) int { return two(s(c0, p0), o(c1, p1, ok1), true) }),
		"SelectSSD": reflect.ValueOf(func(c0, p0, c1, p1 any) int { return two(s(c0, p0), s(c1, p1), true) }),
	}
	m["SelectBox"] = reflect.ValueOf(selectBox)
	m["SelectBoxFill"] = reflect.ValueOf(selectBoxFill)
	m["SelectBoxTake"] = reflect.ValueOf(selectBoxTake)
	// Three cases: a receive takes a *bool for ok, or nil (R).
	rk := func(c, p any, ok *bool) selCase { return selCase{kind: 'o', ch: c, p: p, ok: ok} }
	three := func(c0, c1, c2 selCase, d bool) int { return h.choose3(c0, c1, c2, d) }
	for _, d := range []bool{false, true} {
		suffix := ""
		if d {
			suffix = "D"
		}
		m["SelectRRR"+suffix] = reflect.ValueOf(func(c0, p0 any, ok0 *bool, c1, p1 any, ok1 *bool, c2, p2 any, ok2 *bool) int {
			return three(rk(c0, p0, ok0), rk(c1, p1, ok1), rk(c2, p2, ok2), d)
		})
		m["SelectRRS"+suffix] = reflect.ValueOf(func(c0, p0 any, ok0 *bool, c1, p1 any, ok1 *bool, c2, p2 any) int {
			return three(rk(c0, p0, ok0), rk(c1, p1, ok1), s(c2, p2), d)
		})
		m["SelectRSR"+suffix] = reflect.ValueOf(func(c0, p0 any, ok0 *bool, c1, p1 any, c2, p2 any, ok2 *bool) int {
			return three(rk(c0, p0, ok0), s(c1, p1), rk(c2, p2, ok2), d)
		})
		m["SelectRSS"+suffix] = reflect.ValueOf(func(c0, p0 any, ok0 *bool, c1, p1, c2, p2 any) int {
			return three(rk(c0, p0, ok0), s(c1, p1), s(c2, p2), d)
		})
		m["SelectSRR"+suffix] = reflect.ValueOf(func(c0, p0, c1, p1 any, ok1 *bool, c2, p2 any, ok2 *bool) int {
			return three(s(c0, p0), rk(c1, p1, ok1), rk(c2, p2, ok2), d)
		})
		m["SelectSRS"+suffix] = reflect.ValueOf(func(c0, p0, c1, p1 any, ok1 *bool, c2, p2 any) int {
			return three(s(c0, p0), rk(c1, p1, ok1), s(c2, p2), d)
		})
		m["SelectSSR"+suffix] = reflect.ValueOf(func(c0, p0, c1, p1, c2, p2 any, ok2 *bool) int {
			return three(s(c0, p0), s(c1, p1), rk(c2, p2, ok2), d)
		})
		m["SelectSSS"+suffix] = reflect.ValueOf(func(c0, p0, c1, p1, c2, p2 any) int {
			return three(s(c0, p0), s(c1, p1), s(c2, p2), d)
		})
	}
	h.typedSelectExports(m)
	return m
}

// SelectSignals are the element types (as SelectElemTypes names them)
// of the channels a select waits on for a signal alone (a done or quit
// channel, ctx.Done(), time.After): a select of two cases calls a typed
// helper when its channels carry the same type, or one of these and
// another.
var SelectSignals = []string{"struct", "time"}

// SelectElemTypes names the element types of the channels for which the
// selects of one or two cases call typed helpers, which take the
// channels and the pointers as what they are: reflection passes them to
// a compiled function without boxing each in an interface, and the
// helper waits in a select of Go's. The helpers are named as those of
// selectExports, but for the receive, which takes a *bool for ok or nil
// (R), then the element types: SelectRD_int(c, &v, nil),
// SelectRR_int_struct(in, &v, &ok, quit, nil, nil). A select of three
// receives calls a typed helper when its channels carry one of these
// types and signals: SelectRRR_int_struct_time.
var SelectElemTypes = []string{"struct", "int", "string", "bool", "error", "any", "float64", "time"}

// typedSelectExports adds the typed helpers (see SelectElemTypes) to m.
func (h *Helpers) typedSelectExports(m map[string]reflect.Value) {
	typedSelects[struct{}](h, m, "struct")
	typedSelects[int](h, m, "int")
	typedSelects[string](h, m, "string")
	typedSelects[bool](h, m, "bool")
	typedSelects[error](h, m, "error")
	typedSelects[any](h, m, "any")
	typedSelects[float64](h, m, "float64")
	typedSelects[time.Time](h, m, "time")
}

// typedSelects adds the typed helpers for T, named t: of one case, of
// two with T and T, T and a signal, a signal and T, and of three
// receives with T and signals.
func typedSelects[T any](h *Helpers, m map[string]reflect.Value, t string) {
	typedSelects1[T](h, m, t)
	typedSelects2[T, T](h, m, t, t)
	typedSelects2[T, struct{}](h, m, t, "struct")
	typedSelects2[struct{}, T](h, m, "struct", t)
	typedSelects2[T, time.Time](h, m, t, "time")
	typedSelects2[time.Time, T](h, m, "time", t)
	// Three receives, of T and signals.
	typedSelects3[T, T, T](h, m, t, t, t)
	typedSelects3[T, T, struct{}](h, m, t, t, "struct")
	typedSelects3[T, T, time.Time](h, m, t, t, "time")
	typedSelects3[T, struct{}, T](h, m, t, "struct", t)
	typedSelects3[T, struct{}, struct{}](h, m, t, "struct", "struct")
	typedSelects3[T, struct{}, time.Time](h, m, t, "struct", "time")
	typedSelects3[T, time.Time, T](h, m, t, "time", t)
	typedSelects3[T, time.Time, struct{}](h, m, t, "time", "struct")
	typedSelects3[T, time.Time, time.Time](h, m, t, "time", "time")
	typedSelects3[struct{}, T, T](h, m, "struct", t, t)
	typedSelects3[struct{}, T, struct{}](h, m, "struct", t, "struct")
	typedSelects3[struct{}, T, time.Time](h, m, "struct", t, "time")
	typedSelects3[struct{}, struct{}, T](h, m, "struct", "struct", t)
	typedSelects3[struct{}, struct{}, struct{}](h, m, "struct", "struct", "struct")
	typedSelects3[struct{}, struct{}, time.Time](h, m, "struct", "struct", "time")
	typedSelects3[struct{}, time.Time, T](h, m, "struct", "time", t)
	typedSelects3[struct{}, time.Time, struct{}](h, m, "struct", "time", "struct")
	typedSelects3[struct{}, time.Time, time.Time](h, m, "struct", "time", "time")
	typedSelects3[time.Time, T, T](h, m, "time", t, t)
	typedSelects3[time.Time, T, struct{}](h, m, "time", t, "struct")
	typedSelects3[time.Time, T, time.Time](h, m, "time", t, "time")
	typedSelects3[time.Time, struct{}, T](h, m, "time", "struct", t)
	typedSelects3[time.Time, struct{}, struct{}](h, m, "time", "struct", "struct")
	typedSelects3[time.Time, struct{}, time.Time](h, m, "time", "struct", "time")
	typedSelects3[time.Time, time.Time, T](h, m, "time", "time", t)
	typedSelects3[time.Time, time.Time, struct{}](h, m, "time", "time", "struct")
	typedSelects3[time.Time, time.Time, time.Time](h, m, "time", "time", "time")
}

// recvCase and sendCase are the typedCases of a receive and a send.
func recvCase[T any](c <-chan T, p *T, ok *bool) typedCase[T] {
	return typedCase[T]{r: c, p: p, ok: ok}
}

func sendCase[T any](c chan<- T, p *T) typedCase[T] { return typedCase[T]{s: c, v: *p} }

// typedSelects1 adds the typed helpers of one case.
func typedSelects1[T any](h *Helpers, m map[string]reflect.Value, t string) {
	m["SelectR_"+t] = reflect.ValueOf(func(c <-chan T, p *T, ok *bool) int { return selectWait1(h, recvCase(c, p, ok), false) })
	m["SelectRD_"+t] = reflect.ValueOf(func(c <-chan T, p *T, ok *bool) int { return selectWait1(h, recvCase(c, p, ok), true) })
	m["SelectS_"+t] = reflect.ValueOf(func(c chan<- T, p *T) int { return selectWait1(h, sendCase(c, p), false) })
	m["SelectSD_"+t] = reflect.ValueOf(func(c chan<- T, p *T) int { return selectWait1(h, sendCase(c, p), true) })
}

// typedSelects3 adds the typed helpers of three receives, of T, U and V.
func typedSelects3[T, U, V any](h *Helpers, m map[string]reflect.Value, t, u, v string) {
	tuv := "_" + t + "_" + u + "_" + v
	if _, ok := m["SelectRRR"+tuv]; ok {
		return // added for another T (of signals alone)
	}
	m["SelectRRR"+tuv] = reflect.ValueOf(func(c0 <-chan T, p0 *T, ok0 *bool, c1 <-chan U, p1 *U, ok1 *bool, c2 <-chan V, p2 *V, ok2 *bool) int {
		return selectWait3(h, recvCase(c0, p0, ok0), recvCase(c1, p1, ok1), recvCase(c2, p2, ok2), false)
	})
	m["SelectRRRD"+tuv] = reflect.ValueOf(func(c0 <-chan T, p0 *T, ok0 *bool, c1 <-chan U, p1 *U, ok1 *bool, c2 <-chan V, p2 *V, ok2 *bool) int {
		return selectWait3(h, recvCase(c0, p0, ok0), recvCase(c1, p1, ok1), recvCase(c2, p2, ok2), true)
	})
}

// typedSelects2 adds the typed helpers of two cases, of T and U.
func typedSelects2[T, U any](h *Helpers, m map[string]reflect.Value, t, u string) {
	tu := "_" + t + "_" + u
	if _, ok := m["SelectRR"+tu]; ok {
		return // added for another T (of signals alone)
	}
	for _, d := range []bool{false, true} {
		suffix := tu
		if d {
			suffix = "D" + tu
		}
		m["SelectRR"+suffix] = reflect.ValueOf(func(c0 <-chan T, p0 *T, ok0 *bool, c1 <-chan U, p1 *U, ok1 *bool) int {
			return selectWait2(h, recvCase(c0, p0, ok0), recvCase(c1, p1, ok1), d)
		})
		m["SelectRS"+suffix] = reflect.ValueOf(func(c0 <-chan T, p0 *T, ok0 *bool, c1 chan<- U, p1 *U) int {
			return selectWait2(h, recvCase(c0, p0, ok0), sendCase(c1, p1), d)
		})
		m["SelectSR"+suffix] = reflect.ValueOf(func(c0 chan<- T, p0 *T, c1 <-chan U, p1 *U, ok1 *bool) int {
			return selectWait2(h, sendCase(c0, p0), recvCase(c1, p1, ok1), d)
		})
		m["SelectSS"+suffix] = reflect.ValueOf(func(c0 chan<- T, p0 *T, c1 chan<- U, p1 *U) int {
			return selectWait2(h, sendCase(c0, p0), sendCase(c1, p1), d)
		})
	}
}

// choose runs the choice among cases, and the default case if dflt,
// then stores what the case chosen received: it returns the index of the
// case chosen, len(cases) for the default.
func (h *Helpers) choose(cases []selCase, dflt bool) int {
	switch len(cases) {
	case 1:
		return h.choose1(cases[0], dflt)
	case 2:
		return h.choose2(cases[0], cases[1], dflt)
	case 3:
		return h.choose3(cases[0], cases[1], cases[2], dflt)
	}
	return selectWaitReflect(h, cases, dflt)
}

// selectWaitReflect is choose by reflect.Select, for any channels.
func selectWaitReflect(h *Helpers, cs []selCase, dflt bool) int {
	var buf [8]reflect.SelectCase
	cases := buf[:0]
	if len(cs)+2 > len(buf) {
		cases = make([]reflect.SelectCase, 0, len(cs)+2)
	}
	for _, c := range cs {
		rc := reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c.ch)}
		if c.kind == 's' {
			rc.Dir = reflect.SelectSend
			if rc.Chan.IsValid() {
				rc.Send = reflect.ValueOf(c.p).Elem()
			}
		}
		cases = append(cases, rc)
	}
	cases = append(cases, reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(h.stopChan())})
	if dflt {
		cases = append(cases, reflect.SelectCase{Dir: reflect.SelectDefault})
	}
	chosen, v, ok := reflect.Select(cases)
	switch {
	case chosen == len(cs):
		h.stopped()
	case chosen > len(cs):
		return len(cs)
	}
	c := cs[chosen]
	if c.kind == 's' {
		return chosen
	}
	if c.p != nil {
		dst := reflect.ValueOf(c.p).Elem()
		if ok {
			dst.Set(v)
		} else {
			dst.SetZero()
		}
	}
	if c.ok != nil {
		*c.ok = ok
	}
	return chosen
}

// choose1 is choose for one case: a select of Go's where the channel
// has one of the element types of typedCase, reflect.Select otherwise.
func (h *Helpers) choose1(c selCase, dflt bool) int {
	if i, ok := c.with1(h, dflt); ok {
		return i
	}
	return selectWaitReflect(h, []selCase{c}, dflt)
}

// choose2 is choose for two cases, as choose1.
func (h *Helpers) choose2(c0, c1 selCase, dflt bool) int {
	if i, ok := c0.with2(h, c1, dflt); ok {
		return i
	}
	return selectWaitReflect(h, []selCase{c0, c1}, dflt)
}

// choose3 is choose for three cases, as choose1: a select of Go's where
// the first channel carries a type of typedCase and the others that type
// or a signal's (see SelectSignals).
func (h *Helpers) choose3(c0, c1, c2 selCase, dflt bool) int {
	if i, ok := typedFirst(h, c0, []selCase{c1, c2}, dflt); ok {
		return i
	}
	return selectWaitReflect(h, []selCase{c0, c1, c2}, dflt)
}

// typedCase is a selCase of a channel of element type T: r the channel
// of a receive and s that of a send (the other nil: never ready), v the
// value sent, p and ok where the value received and ok go (or nil).
type typedCase[T any] struct {
	r  <-chan T
	s  chan<- T
	v  T
	p  *T
	ok *bool
}

// typed makes a typedCase of c, whose channel is r or s: it reports
// false if c's pointer is not a *T (a type the interpreter makes).
func typed[T any](c selCase, r <-chan T, s chan<- T) (typedCase[T], bool) {
	t := typedCase[T]{r: r, s: s, ok: c.ok}
	if c.kind == 's' {
		t.r = nil
		p, ok := c.p.(*T)
		if !ok {
			return t, false
		}
		t.v = *p
		return t, true
	}
	t.s = nil
	if c.p != nil {
		p, ok := c.p.(*T)
		if !ok {
			return t, false
		}
		t.p = p
	}
	return t, true
}

// got stores a value received.
func (t *typedCase[T]) got(v T, ok bool) {
	if t.p != nil {
		*t.p = v
	}
	if t.ok != nil {
		*t.ok = ok
	}
}

// selectWait1 is choose1 for a typedCase.
func selectWait1[T any](h *Helpers, a typedCase[T], dflt bool) int {
	stop := h.stopChan()
	if dflt {
		select {
		case v, ok := <-a.r:
			a.got(v, ok)
			return 0
		case a.s <- a.v:
			return 0
		case <-stop:
		default:
			return 1
		}
	} else {
		select {
		case v, ok := <-a.r:
			a.got(v, ok)
			return 0
		case a.s <- a.v:
			return 0
		case <-stop:
		}
	}
	h.stopped()
	return -1
}

// selectWait2 is choose2 for two typedCases.
func selectWait2[T, U any](h *Helpers, a typedCase[T], b typedCase[U], dflt bool) int {
	stop := h.stopChan()
	if dflt {
		select {
		case v, ok := <-a.r:
			a.got(v, ok)
			return 0
		case a.s <- a.v:
			return 0
		case v, ok := <-b.r:
			b.got(v, ok)
			return 1
		case b.s <- b.v:
			return 1
		case <-stop:
		default:
			return 2
		}
	} else {
		select {
		case v, ok := <-a.r:
			a.got(v, ok)
			return 0
		case a.s <- a.v:
			return 0
		case v, ok := <-b.r:
			b.got(v, ok)
			return 1
		case b.s <- b.v:
			return 1
		case <-stop:
		}
	}
	h.stopped()
	return -1
}

// selectWait3 is choose3 for three typedCases.
func selectWait3[T, U, V any](h *Helpers, a typedCase[T], b typedCase[U], c typedCase[V], dflt bool) int {
	stop := h.stopChan()
	if dflt {
		select {
		case v, ok := <-a.r:
			a.got(v, ok)
			return 0
		case a.s <- a.v:
			return 0
		case v, ok := <-b.r:
			b.got(v, ok)
			return 1
		case b.s <- b.v:
			return 1
		case v, ok := <-c.r:
			c.got(v, ok)
			return 2
		case c.s <- c.v:
			return 2
		case <-stop:
		default:
			return 3
		}
	} else {
		select {
		case v, ok := <-a.r:
			a.got(v, ok)
			return 0
		case a.s <- a.v:
			return 0
		case v, ok := <-b.r:
			b.got(v, ok)
			return 1
		case b.s <- b.v:
			return 1
		case v, ok := <-c.r:
			c.got(v, ok)
			return 2
		case c.s <- c.v:
			return 2
		case <-stop:
		}
	}
	h.stopped()
	return -1
}

// with1 runs selectWait1 on c if its channel carries one of the element types
// the switches of typedFirst and typedSecond list.
func (c selCase) with1(h *Helpers, dflt bool) (int, bool) {
	return typedFirst(h, c, nil, dflt)
}

// with2 runs selectWait2 on c and c1 if both channels carry one of those types.
func (c selCase) with2(h *Helpers, c1 selCase, dflt bool) (int, bool) {
	return typedFirst(h, c, []selCase{c1}, dflt)
}

// typedFirst finds the element type of c's channel, for selectWait1 (no
// rest), selectWait2 or selectWait3 (the other cases in rest): the
// element types of the commonest channels, a channel of another type goes
// to reflect.Select (reports false).
func typedFirst(h *Helpers, c selCase, rest []selCase, dflt bool) (int, bool) {
	switch ch := c.ch.(type) {
	case chan struct{}:
		return first[struct{}](h, c, rest, dflt, ch, ch)
	case <-chan struct{}:
		return first[struct{}](h, c, rest, dflt, ch, nil)
	case chan<- struct{}:
		return first[struct{}](h, c, rest, dflt, nil, ch)
	case chan int:
		return first[int](h, c, rest, dflt, ch, ch)
	case <-chan int:
		return first[int](h, c, rest, dflt, ch, nil)
	case chan<- int:
		return first[int](h, c, rest, dflt, nil, ch)
	case chan string:
		return first[string](h, c, rest, dflt, ch, ch)
	case <-chan string:
		return first[string](h, c, rest, dflt, ch, nil)
	case chan<- string:
		return first[string](h, c, rest, dflt, nil, ch)
	case chan bool:
		return first[bool](h, c, rest, dflt, ch, ch)
	case <-chan bool:
		return first[bool](h, c, rest, dflt, ch, nil)
	case chan<- bool:
		return first[bool](h, c, rest, dflt, nil, ch)
	case chan error:
		return first[error](h, c, rest, dflt, ch, ch)
	case <-chan error:
		return first[error](h, c, rest, dflt, ch, nil)
	case chan<- error:
		return first[error](h, c, rest, dflt, nil, ch)
	case chan any:
		return first[any](h, c, rest, dflt, ch, ch)
	case <-chan any:
		return first[any](h, c, rest, dflt, ch, nil)
	case chan<- any:
		return first[any](h, c, rest, dflt, nil, ch)
	case chan float64:
		return first[float64](h, c, rest, dflt, ch, ch)
	case <-chan float64:
		return first[float64](h, c, rest, dflt, ch, nil)
	case chan<- float64:
		return first[float64](h, c, rest, dflt, nil, ch)
	case chan time.Time:
		return first[time.Time](h, c, rest, dflt, ch, ch)
	case <-chan time.Time:
		return first[time.Time](h, c, rest, dflt, ch, nil)
	case chan<- time.Time:
		return first[time.Time](h, c, rest, dflt, nil, ch)
	}
	return 0, false
}

// first runs selectWait1 on c, whose channel is r or s, or finds the
// element types of the rest's.
func first[T any](h *Helpers, c selCase, rest []selCase, dflt bool, r <-chan T, s chan<- T) (int, bool) {
	a, ok := typed(c, r, s)
	if !ok {
		return 0, false
	}
	switch len(rest) {
	case 0:
		return selectWait1(h, a, dflt), true
	case 1:
		return typedSecond(h, a, rest[0], dflt)
	}
	return third(h, a, rest[0], rest[1], dflt)
}

// third runs selectWait3 on a and c1, c2 if their channels carry a's
// element type or are signals (see SelectSignals).
func third[T any](h *Helpers, a typedCase[T], c1, c2 selCase, dflt bool) (int, bool) {
	if b, ok := assertCase[T](c1); ok {
		return third2(h, a, b, c2, dflt)
	}
	if b, ok := assertCase[struct{}](c1); ok {
		return third2(h, a, b, c2, dflt)
	}
	if b, ok := assertCase[time.Time](c1); ok {
		return third2(h, a, b, c2, dflt)
	}
	return 0, false
}

// third2 is third for c2.
func third2[T, U any](h *Helpers, a typedCase[T], b typedCase[U], c2 selCase, dflt bool) (int, bool) {
	if c, ok := assertCase[T](c2); ok {
		return selectWait3(h, a, b, c, dflt), true
	}
	if c, ok := assertCase[struct{}](c2); ok {
		return selectWait3(h, a, b, c, dflt), true
	}
	if c, ok := assertCase[time.Time](c2); ok {
		return selectWait3(h, a, b, c, dflt), true
	}
	return 0, false
}

// assertCase makes a typedCase of c if its channel carries T.
func assertCase[T any](c selCase) (typedCase[T], bool) {
	switch ch := c.ch.(type) {
	case chan T:
		return typed(c, ch, ch)
	case <-chan T:
		return typed[T](c, ch, nil)
	case chan<- T:
		return typed[T](c, nil, ch)
	}
	return typedCase[T]{}, false
}

// typedSecond is typedFirst for the second case.
func typedSecond[T any](h *Helpers, a typedCase[T], c1 selCase, dflt bool) (int, bool) {
	switch ch := c1.ch.(type) {
	case chan struct{}:
		return second[struct{}](h, a, c1, dflt, ch, ch)
	case <-chan struct{}:
		return second[struct{}](h, a, c1, dflt, ch, nil)
	case chan<- struct{}:
		return second[struct{}](h, a, c1, dflt, nil, ch)
	case chan int:
		return second[int](h, a, c1, dflt, ch, ch)
	case <-chan int:
		return second[int](h, a, c1, dflt, ch, nil)
	case chan<- int:
		return second[int](h, a, c1, dflt, nil, ch)
	case chan string:
		return second[string](h, a, c1, dflt, ch, ch)
	case <-chan string:
		return second[string](h, a, c1, dflt, ch, nil)
	case chan<- string:
		return second[string](h, a, c1, dflt, nil, ch)
	case chan bool:
		return second[bool](h, a, c1, dflt, ch, ch)
	case <-chan bool:
		return second[bool](h, a, c1, dflt, ch, nil)
	case chan<- bool:
		return second[bool](h, a, c1, dflt, nil, ch)
	case chan error:
		return second[error](h, a, c1, dflt, ch, ch)
	case <-chan error:
		return second[error](h, a, c1, dflt, ch, nil)
	case chan<- error:
		return second[error](h, a, c1, dflt, nil, ch)
	case chan any:
		return second[any](h, a, c1, dflt, ch, ch)
	case <-chan any:
		return second[any](h, a, c1, dflt, ch, nil)
	case chan<- any:
		return second[any](h, a, c1, dflt, nil, ch)
	case chan float64:
		return second[float64](h, a, c1, dflt, ch, ch)
	case <-chan float64:
		return second[float64](h, a, c1, dflt, ch, nil)
	case chan<- float64:
		return second[float64](h, a, c1, dflt, nil, ch)
	case chan time.Time:
		return second[time.Time](h, a, c1, dflt, ch, ch)
	case <-chan time.Time:
		return second[time.Time](h, a, c1, dflt, ch, nil)
	case chan<- time.Time:
		return second[time.Time](h, a, c1, dflt, nil, ch)
	}
	return 0, false
}

// second runs selectWait2 on a and c1, whose channel is r or s.
func second[U, T any](h *Helpers, a typedCase[T], c1 selCase, dflt bool, r <-chan U, s chan<- U) (int, bool) {
	b, ok := typed(c1, r, s)
	if !ok {
		return 0, false
	}
	return selectWait2(h, a, b, dflt), true
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

// A box carries the value of a select's case whose element type the code
// cannot name where the select is (see the front end's
// lower_selectcases.go): the interpreted code has a variable of the
// channel's type, which selectBox points at a channel of one element of
// its own, and Select a variable of the element type, made here. A value
// received is stored in the variable by Select, sent on the box's channel
// by selectBoxFill, and received from it by the case, which so has the
// value with its type; a value sent is sent on the box's channel by the
// code, and taken from it into the variable by selectBoxTake, from which
// Select sends it.
type box struct {
	ch, v reflect.Value // the box's channel (both ways), and a pointer to the variable
}

// selectBox makes the box of the channel variable p points at: it points
// the variable at the box's channel, and returns the box and a pointer
// to its variable.
func selectBox(p any) (any, any) {
	ref := reflect.ValueOf(p).Elem()
	t := ref.Type()
	ch := reflect.MakeChan(reflect.ChanOf(reflect.BothDir, t.Elem()), 1)
	ref.Set(ch.Convert(t))
	v := reflect.New(t.Elem())
	return &box{ch: ch, v: v}, v.Interface()
}

// selectBoxFill sends the box's variable on its channel.
func selectBoxFill(b any) {
	bx := b.(*box)
	bx.ch.Send(bx.v.Elem())
}

// selectBoxTake takes the value sent on the box's channel into its
// variable.
func selectBoxTake(b any) {
	bx := b.(*box)
	if v, ok := bx.ch.TryRecv(); ok {
		bx.v.Elem().Set(v)
	}
}
