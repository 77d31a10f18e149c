package loop

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unsafe"
)

// ErrCancelled is the error of a cancelled future or task, and what Await
// returns when the awaiting task is cancelled (asyncio.CancelledError).
// Match it with errors.Is: a cancellation with a message wraps it.
var ErrCancelled = errors.New("loop: cancelled")

// ErrInvalidState reports a future used in the wrong state: a result read
// before it is set, or set twice (asyncio.InvalidStateError).
var ErrInvalidState = errors.New("loop: invalid state")

// ErrTimeout is the error of WaitFor, Timeout and the timed waits when time
// runs out (asyncio.TimeoutError).
var ErrTimeout = errors.New("loop: timeout")

// CancelledError is the error of a future cancelled with a message. It
// matches ErrCancelled with errors.Is.
type CancelledError struct{ Msg string }

// Error returns "loop: cancelled", with ": " and the message if any.
// Safe from any goroutine.
func (e *CancelledError) Error() string {
	if e.Msg == "" {
		return ErrCancelled.Error()
	}
	return ErrCancelled.Error() + ": " + e.Msg
}

// Is makes errors.Is(err, ErrCancelled) true. Safe from any goroutine.
func (e *CancelledError) Is(target error) bool { return target == ErrCancelled }

func cancelledError(msg string) error {
	if msg == "" {
		return ErrCancelled
	}
	return &CancelledError{Msg: msg}
}

type futState uint8

const (
	statePending futState = iota
	stateFinished
	stateCancelled
)

// callback is a done callback: a function, or (fn nil) a task to wake;
// or, in the first slot of a future with cb0Link set, a Gather's link to
// its child (see gatherLink). A Gather's callback elsewhere is a function
// with its link in p.
type callback struct {
	fn func(*Future)
	p  unsafe.Pointer // the *Task to wake, or the *gatherLink
}

// Future is a result that is not there yet (asyncio.Future). Make one with
// Loop.CreateFuture; tasks are futures too. Its methods are loop goroutine
// only, except where a method says otherwise: from another goroutine, reach
// a future through CallSoonThreadsafe (l.CallSoonThreadsafe(func() {
// f.Cancel() })).
type Future struct {
	loop   *Loop
	result any
	err    error
	cb0    callback    // the first done callback, the only one most futures get
	cold   *futureCold // allocated on first use (and for a second callback)
	ncb    int32
	state  futState

	// The flags of a Task (unused by a plain future), kept here because
	// they fit in the words that ncb and state leave: a Task is a Future
	// and more, and this keeps a Future in 80 bytes and a Task in 128.
	queued     bool // a step is in the ready queue
	dead       bool // destroyed by Close: its body may still unwind, it must not touch the loop
	mustCancel bool // a cancellation request waits for the task's next await
	isTask     bool // the future is a Task's (see task)
	onOwn      bool // a Task of an OnOwnGoroutine coroutine (its coroutine's own, copied)
	cb0Link    bool // cb0 is a Gather's link (see gatherLink)
	waitsTimer bool // a Task's wait is a *TimerHandle (see Task.wait)
	noted      bool // a plain future that is a notedFuture's (see waiting.go)
}

// task returns the task the future belongs to, or nil for a plain future.
// A Task starts with its Future, so a task's future and the task share an
// address.
func (f *Future) task() *Task {
	if f.isTask {
		return (*Task)(unsafe.Pointer(f))
	}
	return nil
}

// futureCold holds what few futures and tasks use: done callbacks after
// the first, a cancellation message, an unretrieved exception's tracker, a
// Gather's hook, a task's cancellation requests, an OnOwnGoroutine task's
// channels. Kept out of line, they cost a pointer in every future and task
// instead of 88 bytes; the struct is allocated the first time one of them
// is set.
type futureCold struct {
	cbs        []callback // the done callbacks after the first
	cancelMsg  string
	exc        *excTrack
	cancelHook *gatherState // a Gather future cancels its children instead
	cancelReq  string       // Task: the message of the pending cancellation
	reqKept    bool         // Task: cancelReq was delivered to the sleep it ends; later requests only count
	ncancels   int          // Task: cancellation requests not yet withdrawn by Uncancel
	own        *ownState    // Task: OnOwnGoroutine tasks only, once started
	chain      *awaitChain  // Task: the await chain AwaitAt records
	swallow    *cancelNote  // Task, debug mode: where its cancellation was delivered (see swallow.go)
}

// warm returns the future's cold fields, allocating them if need be.
func (f *Future) warm() *futureCold {
	if f.cold == nil {
		f.cold = new(futureCold)
	}
	return f.cold
}

func (f *Future) cancelMsg() string {
	if f.cold == nil {
		return ""
	}
	return f.cold.cancelMsg
}

func (f *Future) setCancelMsg(msg string) {
	if msg != "" || f.cold != nil {
		f.warm().cancelMsg = msg
	}
}

func (f *Future) cancelHook() *gatherState {
	if f.cold == nil {
		return nil
	}
	return f.cold.cancelHook
}

func (f *Future) setCancelHook(g *gatherState) {
	if g != nil || f.cold != nil {
		f.warm().cancelHook = g
	}
}

func (f *Future) armException(raisedAt, stack string) {
	f.warm().exc = armException(f, raisedAt, stack)
}

// CreateFuture returns a new pending future attached to the loop. Loop
// goroutine only (debug mode reports a call from elsewhere).
func (l *Loop) CreateFuture() *Future {
	if l.debug.Load() {
		l.checkGoroutine("CreateFuture")
		return l.newNotedFuture(newMadeAt(l))
	}
	return &Future{loop: l}
}

// Loop returns the loop the future belongs to. Safe from any goroutine.
func (f *Future) Loop() *Loop { return f.loop }

// ToFuture returns f itself: it makes *Future an Awaitable. Safe from any
// goroutine.
func (f *Future) ToFuture(*Loop) *Future { return f }

// Done reports whether the future has a result, an exception or was
// cancelled. Loop goroutine only.
func (f *Future) Done() bool { return f.state != statePending }

// Cancelled reports whether the future was cancelled. Loop goroutine only.
func (f *Future) Cancelled() bool { return f.state == stateCancelled }

// Result returns the future's result, or its exception as the error; a
// cancelled future gives ErrCancelled (with its message), a pending one
// ErrInvalidState. Reading the error counts as retrieving it.
// Loop goroutine only.
func (f *Future) Result() (any, error) {
	switch f.state {
	case statePending:
		return nil, fmt.Errorf("%w: Result is not set", ErrInvalidState)
	case stateCancelled:
		return nil, cancelledError(f.cancelMsg())
	}
	if f.err != nil {
		f.markRetrieved()
		return nil, f.err
	}
	return f.result, nil
}

// Exception returns the future's exception (nil after a result); a
// cancelled future gives ErrCancelled, a pending one ErrInvalidState.
// Reading it counts as retrieving it. Loop goroutine only.
func (f *Future) Exception() error {
	switch f.state {
	case statePending:
		return fmt.Errorf("%w: Exception is not set", ErrInvalidState)
	case stateCancelled:
		return cancelledError(f.cancelMsg())
	}
	f.markRetrieved()
	return f.err
}

// SetResult marks the future done with result v and schedules its done
// callbacks. A future already done gives ErrInvalidState. Loop goroutine
// only (debug mode reports a call from elsewhere and sends it to the loop
// through CallSoonThreadsafe: it returns nil then, and an error of the
// call is logged).
func (f *Future) SetResult(v any) error {
	if f.loop.foreign("Future.SetResult") {
		f.loop.routed("Future.SetResult", func() error { return f.SetResult(v) })
		return nil
	}
	if f.state != statePending {
		return fmt.Errorf("%w: SetResult on %s", ErrInvalidState, f)
	}
	if f.isTask {
		return fmt.Errorf("%w: SetResult on a task: a task's result is what its coroutine returns", ErrInvalidState)
	}
	f.result = v
	f.finish(stateFinished)
	return nil
}

// SetException marks the future done with the error err and schedules its
// done callbacks. An error nobody retrieves is reported ("Future exception
// was never retrieved"). A future already done gives ErrInvalidState.
// Loop goroutine only (debug mode reports a call from elsewhere and sends
// it to the loop, as for SetResult).
func (f *Future) SetException(err error) error {
	at := callerLine()
	if f.loop.foreign("Future.SetException") {
		f.loop.routed("Future.SetException", func() error { return f.setExceptionAt(err, at) })
		return nil
	}
	return f.setExceptionAt(err, at)
}

// setExceptionAt is SetException, raised at at.
func (f *Future) setExceptionAt(err error, at string) error {
	if f.state != statePending {
		return fmt.Errorf("%w: SetException on %s", ErrInvalidState, f)
	}
	if f.isTask {
		return fmt.Errorf("%w: SetException on a task: a task's error is what its coroutine returns", ErrInvalidState)
	}
	if err == nil {
		return fmt.Errorf("%w: SetException(nil)", ErrInvalidState)
	}
	f.setException(err, at, "")
	return nil
}

func (f *Future) setException(err error, raisedAt, stack string) {
	f.err = err
	f.finish(stateFinished)
	f.armException(raisedAt, stack)
}

// Cancel cancels the future and schedules its done callbacks; it returns
// false if the future was already done. The message, if any, travels with
// the ErrCancelled its awaiters get. A task is cancelled differently: see
// Task.Cancel. Loop goroutine only (debug mode reports a call from
// elsewhere and sends it to the loop through CallSoonThreadsafe: it
// returns true then, for a request made).
func (f *Future) Cancel(msg ...string) bool {
	if t := f.task(); t != nil {
		return t.Cancel(msg...)
	}
	if f.loop.foreign("Future.Cancel") {
		f.loop.routed("Future.Cancel", func() error { f.Cancel(msg...); return nil })
		return true
	}
	if g := f.cancelHook(); g != nil && f.state == statePending {
		ok := false
		for _, ch := range g.children {
			if ch.Cancel(msg...) {
				ok = true
			}
		}
		if ok && !g.cancelled {
			// A second request keeps the first's message, as the
			// children, which it reaches first, do (asyncio builds the
			// gather's error from theirs).
			g.cancelled, g.msg = true, joinMsg(msg)
		}
		// No child left to cancel: they are done, and so, in a moment,
		// is the gather, with their results (asyncio's gather).
		return ok
	}
	return f.cancel(joinMsg(msg))
}

func (f *Future) cancel(msg string) bool {
	if f.state != statePending {
		return false
	}
	if j, ok := f.note().(*execJob); ok {
		j.cancelled.Store(true)
	}
	f.setCancelMsg(msg)
	f.finish(stateCancelled)
	return true
}

func joinMsg(msg []string) string {
	switch len(msg) {
	case 0:
		return ""
	case 1:
		return msg[0]
	}
	s := msg[0]
	for _, m := range msg[1:] {
		s += " " + m
	}
	return s
}

// AddDoneCallback arranges for fn to run on the loop, with the future, once
// it is done; callbacks run in the order they were added. Added to a future
// already done, fn is scheduled at once. Loop goroutine only (debug mode
// reports a call from elsewhere and sends it to the loop through
// CallSoonThreadsafe).
func (f *Future) AddDoneCallback(fn func(*Future)) {
	if f.loop.foreign("Future.AddDoneCallback") {
		f.loop.routed("Future.AddDoneCallback", func() error { f.addCallback(fn, nil); return nil })
		return
	}
	f.addCallback(fn, nil)
}

// addCallback adds a done callback (a function, or a task to wake) and
// returns its index, which stays valid for removeCallbackAt.
func (f *Future) addCallback(fn func(*Future), t *Task) int {
	cb := callback{fn: fn, p: unsafe.Pointer(t)}
	i := int(f.ncb)
	if i == 0 {
		f.cb0 = cb
	} else {
		c := f.warm()
		c.cbs = append(c.cbs, cb)
	}
	f.ncb++
	if f.state != statePending {
		f.schedule(i)
	}
	return i
}

// addWaiter adds the wake-up of task t, which awaits the pending future
// f: addCallback(nil, t) for the common case of a future no one else
// waits for.
func (f *Future) addWaiter(t *Task) {
	if f.ncb == 0 {
		f.cb0 = callback{p: unsafe.Pointer(t)}
		f.ncb = 1
		return
	}
	f.addCallback(nil, t)
}

// removeCallbackAt removes the done callback addCallback put at index i,
// if it has not run (asyncio's remove_done_callback).
func (f *Future) removeCallbackAt(i int) {
	if i >= 0 && i < int(f.ncb) {
		*f.callbackAt(i) = callback{}
		f.trimCallbacks()
	}
}

// trimCallbacks drops the emptied slots at the end of a pending future's
// callbacks, so that waits given up on a long-lived future (Wait, WaitFor,
// RunUntilComplete on a stop future) do not pile up. A done future's slots
// are left alone: the ready queue refers to them by index.
func (f *Future) trimCallbacks() {
	for f.state == statePending && f.ncb > 0 {
		last := f.callbackAt(int(f.ncb) - 1)
		if last.fn != nil || last.p != nil {
			return
		}
		f.ncb--
		if f.ncb > 0 {
			f.cold.cbs = f.cold.cbs[:f.ncb-1]
		} else {
			f.cb0Link = false
		}
	}
}

func (f *Future) callbackAt(i int) *callback {
	if i == 0 {
		return &f.cb0
	}
	return &f.cold.cbs[i-1]
}

// removeWaiter drops the wake-up of task t (used when an await is given up).
func (f *Future) removeWaiter(t *Task) {
	for i := 0; i < int(f.ncb); i++ {
		if cb := f.callbackAt(i); cb.fn == nil && cb.p == unsafe.Pointer(t) {
			*cb = callback{}
			f.trimCallbacks()
			return
		}
	}
}

// finish marks the future done and schedules its callbacks, in order.
func (f *Future) finish(s futState) {
	f.state = s
	for i := 0; i < int(f.ncb); i++ {
		f.schedule(i)
	}
}

func (f *Future) schedule(i int) {
	cb := f.callbackAt(i)
	switch {
	case cb.fn != nil || i == 0 && f.cb0Link && cb.p != nil:
		f.loop.drainIncoming()
		f.loop.ready.push(doneItem(f, i))
	case cb.p != nil:
		f.loop.wakeTask((*Task)(cb.p))
		*cb = callback{}
	}
}

// String describes the future as asyncio does: <Future pending>,
// <Future finished result=1>, <Future finished exception=...>,
// <Future cancelled>. Loop goroutine only.
func (f *Future) String() string {
	if t := f.task(); t != nil {
		return t.String()
	}
	return "<Future " + f.stateString() + ">"
}

func (f *Future) stateString() string {
	switch f.state {
	case statePending:
		return "pending"
	case stateCancelled:
		return "cancelled"
	}
	if f.err != nil {
		return fmt.Sprintf("finished exception=%v", f.err)
	}
	return fmt.Sprintf("finished result=%s", f.loop.reprValue(f.result))
}

// reprValue shows a future's result in its String, as fmt's %v (%q for a
// string), cut at maxRepr bytes. A result that holds itself (a map or
// slice met again inside itself, through an interface, or a future or
// task whose result holds it), on which fmt would recurse until the stack
// overflows, or one with more than maxReprParts parts, shows as its type
// and what it is instead.
//
// On a loop whose host shows results (SetResultText), a result the host
// shows is shown so.
func (l *Loop) reprValue(v any) string {
	if s, ok := v.(string); ok {
		if len(s) > maxRepr {
			return strconv.Quote(s[:maxRepr]) + "..."
		}
		return strconv.Quote(s)
	}
	if v != nil {
		w := reprWalker{limit: true}
		if why := w.walk(reflect.ValueOf(v), 0); why != "" {
			return fmt.Sprintf("<%T %s>", v, why)
		}
	}
	if l != nil && v != nil {
		if fn := l.showResult.Load(); fn != nil {
			if s, ok := (*fn)(v); ok {
				if len(s) > maxRepr {
					s = s[:maxRepr] + "..."
				}
				return s
			}
		}
	}
	s := fmt.Sprintf("%v", v)
	if vs, ok := v.([]any); ok && slices.ContainsFunc(vs, isError) {
		s = reprResults(vs)
	}
	if len(s) > maxRepr {
		s = s[:maxRepr] + "..."
	}
	return s
}

// sprintValue is fmt.Sprint(v) for a value that holds itself too (a panic
// value, say), which fmt would recurse on until the stack overflows: that
// one shows as <T holding itself>.
func sprintValue(v any) string {
	if v != nil {
		w := reprWalker{}
		if why := w.walk(reflect.ValueOf(v), 0); why != "" {
			return fmt.Sprintf("<%T %s>", v, why)
		}
	}
	return fmt.Sprint(v)
}

// isError reports whether v is an error.
func isError(v any) bool {
	_, ok := v.(error)
	return ok
}

// reprResults shows results that hold errors (GatherReturnExceptions'), so
// that an error and a string with its text differ: [1 *errors.errorString("boom") boom].
func reprResults(vs []any) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, v := range vs {
		if i > 0 {
			b.WriteByte(' ')
		}
		if err, ok := v.(error); ok {
			fmt.Fprintf(&b, "%T(%q)", err, err.Error())
		} else {
			fmt.Fprintf(&b, "%v", v)
		}
	}
	b.WriteByte(']')
	return b.String()
}

const (
	maxRepr      = 200
	maxReprParts = 1000
)

var (
	futurePtrType = reflect.TypeFor[*Future]()
	taskPtrType   = reflect.TypeFor[*Task]()
	formatterType = reflect.TypeFor[fmt.Formatter]()
	stringerType  = reflect.TypeFor[fmt.Stringer]()
)

// reprWalker looks through a value as fmt's %v would print it, for what
// fmt cannot print (see reprValue).
type reprWalker struct {
	limit bool // more than maxReprParts parts is too large to show
	parts int
	path  [][2]uintptr // the maps and slices being looked through: pointer, length
	futs  []*Future    // the futures and tasks whose results are being looked through
}

// walk looks through v as fmt's printValue does at depth: a value whose
// String, Error or Format method fmt calls is left to it, except a future
// or a task, whose String shows its result; a pointer is followed only at
// the top.
func (w *reprWalker) walk(v reflect.Value, depth int) string {
	if w.parts++; w.limit && w.parts > maxReprParts {
		return "too large to show"
	}
	if !v.IsValid() {
		return ""
	}
	if v.CanInterface() {
		switch t := v.Type(); {
		case t == futurePtrType:
			return w.walkFuture(v.Interface().(*Future))
		case t == taskPtrType:
			if t := v.Interface().(*Task); t != nil {
				return w.walkFuture(&t.Future)
			}
			return ""
		case t.Implements(formatterType) || t.Implements(stringerType) || t.Implements(errorType):
			return ""
		}
	}
	switch v.Kind() {
	case reflect.Pointer:
		// fmt shows what a pointer at the top points to (&{...}); deeper,
		// it shows the address.
		if depth == 0 && !v.IsNil() {
			switch v.Elem().Kind() {
			case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
				return w.walk(v.Elem(), depth+1)
			}
		}
	case reflect.Interface:
		if !v.IsNil() {
			return w.walk(v.Elem(), depth+1)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if why := w.walk(v.Field(i), depth+1); why != "" {
				return why
			}
		}
	case reflect.Map, reflect.Slice, reflect.Array:
		if v.Kind() != reflect.Array {
			if v.IsNil() || v.Len() == 0 {
				return ""
			}
			at := [2]uintptr{v.Pointer(), uintptr(v.Len())}
			if slices.Contains(w.path, at) {
				return "holding itself"
			}
			w.path = append(w.path, at)
			defer func() { w.path = w.path[:len(w.path)-1] }()
		}
		if w.limit && v.Len() > maxReprParts {
			return "too large to show"
		}
		if v.Kind() == reflect.Map {
			for it := v.MapRange(); it.Next(); {
				if why := w.walk(it.Value(), depth+1); why != "" {
					return why
				}
			}
			return ""
		}
		for i := range v.Len() {
			if why := w.walk(v.Index(i), depth+1); why != "" {
				return why
			}
		}
	}
	return ""
}

// walkFuture looks through what f's String shows: its result, or the
// value of the panic it failed with.
func (w *reprWalker) walkFuture(f *Future) string {
	if f == nil || f.state != stateFinished {
		return ""
	}
	if slices.Contains(w.futs, f) {
		return "holding itself"
	}
	w.futs = append(w.futs, f)
	defer func() { w.futs = w.futs[:len(w.futs)-1] }()
	if f.err != nil {
		if pe, ok := errors.AsType[*PanicError](f.err); ok {
			return w.walk(reflect.ValueOf(pe.Value), 0)
		}
		return ""
	}
	return w.walk(reflect.ValueOf(f.result), 0)
}

func (f *Future) markRetrieved() {
	if c := f.cold; c != nil && c.exc != nil {
		c.exc.retrieve()
		c.exc = nil
	}
}
