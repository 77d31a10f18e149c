package loop

import (
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"sync/atomic"
	"time"
)

// Coroutine is a piece of asynchronous work that has not started: the
// counterpart of the object a Python coroutine function returns. Calling a
// function that returns loop.Async(...) runs nothing; the work runs when
// the coroutine is awaited (inline, in the awaiting task, as `yield from`
// does) or wrapped in a task (CreateTask, EnsureFuture, Gather, ...). A
// coroutine runs at most once. One that is never awaited nor scheduled is
// reported when it is collected ("was never awaited").
//
// Its methods are safe from any goroutine before the coroutine is
// scheduled or awaited.
type Coroutine struct {
	fn      any // func(), func() error, func() any, func() (any, error), or reflect-called
	meta    atomic.Pointer[coroMeta]
	state   atomic.Uint32
	own     bool
	hidden  bool
	isSleep bool  // Sleep's: sleep0, or a *sleepCoro's
	stack   uint8 // StackHint's size class, 0 for none
}

// coroMeta holds what only some coroutines carry: a name and origin given
// by Named, where it was made in debug mode, and the never-awaited
// tracker of a coroutine still inert when its loop's iteration ended. (A
// Coroutine is 32 bytes without them, where it took 48.)
type coroMeta struct {
	name    string
	origin  string
	stack   string // debug mode: where the coroutine was made
	created string // the call site of the coroutine function: CreatedAt's, or in debug mode the caller's
	task    string // the name of the task made of it, given by the Name option or Task.SetName
	track   *coroTrack
}

const (
	coroInert uint32 = iota
	coroScheduled
	coroRunning
	coroDone
	coroRefused // inert, and reported by the error of an Await that refused it
)

// Awaitable is what Await, RunUntilComplete and the combinators accept:
// *Coroutine, *Future, *Task, or any type that can present itself as a
// future of the loop.
type Awaitable interface {
	ToFuture(l *Loop) *Future
}

// Async makes a coroutine of fn, which must be a func(), func() error,
// func() any or func() (any, error) (or func() T, func() (T, error) for
// any T). Nothing runs until the coroutine is awaited or scheduled. The
// convention for a coroutine function:
//
//	func fetch(url string) *loop.Coroutine {
//		return loop.Async(func() (any, error) { ... })
//	}
//
// The coroutine is named after the function fn is declared in (fetch),
// which is what Task.String and the warnings show. Safe from any goroutine.
func Async(fn any) *Coroutine {
	switch fn.(type) {
	case func(), func() error, func() any, func() (any, error):
	default:
		if err := checkCoroFunc("Async", fn); err != nil {
			panic(err)
		}
	}
	c := &Coroutine{fn: fn}
	track(c)
	return c
}

// CheckFunc reports whether fn is a coroutine function Async accepts, with
// the error Async panics with when it is not. Safe from any goroutine.
func CheckFunc(fn any) error {
	switch fn.(type) {
	case func(), func() error, func() any, func() (any, error):
		if reflect.ValueOf(fn).IsNil() {
			break
		}
		return nil
	}
	return checkCoroFunc("Async", fn)
}

// CallFunc calls fn, a coroutine function CheckFunc accepts, on the
// calling goroutine and returns what a task made of Async(fn) would end
// with. It is for hosts that wrap coroutine functions: the asyncrepl shell
// wraps interpreted ones, to tell a body its interpreter cut short. Safe
// from any goroutine.
func CallFunc(fn any) (any, error) {
	c := Coroutine{fn: fn}
	return c.call()
}

// checkCoroFunc checks fn, given to the function who, as Async does.
func checkCoroFunc(who string, fn any) error {
	t := reflect.TypeOf(fn)
	if t == nil || t.Kind() != reflect.Func || t.NumIn() != 0 || t.NumOut() > 2 ||
		(t.NumOut() == 2 && t.Out(1) != errorType) || reflect.ValueOf(fn).IsNil() {
		return fmt.Errorf("loop: %s needs a func(), func() error, func() T or func() (T, error); got %T", who, fn)
	}
	return nil
}

var errorType = reflect.TypeFor[error]()

// Named sets the name the coroutine shows (Task(<name>)) and where it was
// created (file:line, or an interpreter's position such as "input 3:5"),
// for code whose functions Go cannot name, such as interpreted code. It
// returns c.
// Safe from any goroutine before the coroutine is scheduled or awaited.
func (c *Coroutine) Named(name, origin string) *Coroutine {
	if c == sleep0 {
		return c
	}
	c.setMeta(func(m *coroMeta) {
		if name != "" {
			m.name = name
		}
		if origin != "" {
			m.origin = origin
		}
	})
	return c
}

// CreatedAt records pos (file:line, or an interpreter's position) as the
// place the coroutine was made: the call of its coroutine function, which
// the never-awaited warning names as created_at. Go code gets this from
// the stack in debug mode; an interpreter, whose positions the stack does
// not show, passes it here. The stack recorded in debug mode, which then
// holds the interpreter's frames and none of the code it runs, is dropped
// (the warning has no stack field). It returns c. Safe from any goroutine.
func (c *Coroutine) CreatedAt(pos string) *Coroutine {
	if c == sleep0 || pos == "" {
		return c
	}
	c.setMeta(func(m *coroMeta) { m.created, m.stack = pos, "" })
	return c
}

// Created returns where the coroutine was made, if known: set by
// CreatedAt, or recorded in debug mode; else "". Safe from any goroutine.
func (c *Coroutine) Created() string {
	if m := c.meta.Load(); m != nil {
		return m.created
	}
	return ""
}

// setMeta changes the coroutine's metadata. Metas may be shared between
// coroutines and read from other goroutines (the never-awaited sweep), so
// a change makes a new one and publishes it atomically.
func (c *Coroutine) setMeta(change func(*coroMeta)) {
	c.changeMeta(func(m *coroMeta) bool { change(m); return true })
}

// changeMeta is setMeta for a change that may decline (change returns
// false); it reports whether the change was made.
func (c *Coroutine) changeMeta(change func(*coroMeta) bool) bool {
	for {
		old := c.meta.Load()
		m := coroMeta{}
		if old != nil {
			m = *old
		}
		if !change(&m) {
			return false
		}
		if c.meta.CompareAndSwap(old, &m) {
			return true
		}
	}
}

// tracker returns the coroutine's never-awaited tracker, once armed.
func (c *Coroutine) tracker() *coroTrack {
	if m := c.meta.Load(); m != nil {
		return m.track
	}
	return nil
}

// OnOwnGoroutine marks c so that the task made of it runs its body on a
// goroutine of its own and hands control to and from the loop through
// channels. Such a body may Await from any goroutine it waits on, not only
// its own: an interpreter that evaluates code on a helper goroutine needs
// that. Its awaits cost a goroutine hand-off (about a microsecond) instead
// of a coroutine switch. It returns c.
// Safe from any goroutine before the coroutine is scheduled or awaited.
func (c *Coroutine) OnOwnGoroutine() *Coroutine {
	if c != sleep0 {
		c.own = true
	}
	return c
}

// Hidden marks c as the host's own work (an interactive shell's input):
// its task runs as any other, but AllTasks leaves it out, so a program
// running inside the host sees only its own tasks. It returns c.
// Safe from any goroutine before the coroutine is scheduled or awaited.
func (c *Coroutine) Hidden() *Coroutine {
	if c != sleep0 {
		c.hidden = true
	}
	return c
}

// Name returns the coroutine's name: set by Named, else the Go function
// that made it. Safe from any goroutine.
func (c *Coroutine) Name() string {
	switch {
	case c.meta.Load() != nil && c.meta.Load().name != "":
		return c.meta.Load().name
	case c.isSleep:
		return "sleep"
	}
	return coroName(c.fn)
}

// Origin returns where the coroutine was defined: set by Named, else
// where the function it runs is defined (file:line). Safe from any goroutine.
func (c *Coroutine) Origin() string {
	switch {
	case c.meta.Load() != nil && c.meta.Load().origin != "":
		return c.meta.Load().origin
	case c.isSleep:
		return ""
	}
	return funcLine(c.fn)
}

// String is the coroutine's name followed by "()", as Python prints one.
// Safe from any goroutine.
func (c *Coroutine) String() string { return c.Name() + "()" }

// ToFuture wraps the coroutine in a task of l: it makes *Coroutine an
// Awaitable for combinators. (Await runs a coroutine inline instead.)
// Loop goroutine only.
func (c *Coroutine) ToFuture(l *Loop) *Future { return &l.CreateTask(c).Future }

// coroName names a coroutine after the function that made it: the closure
// main.fetch.func1 gives "fetch", a method (*T).run, or a method value
// of T.run, gives "T.run"; a
// function literal written in main or inside another literal is named as
// Go names it, with its line: "main.main.func2 (prog.go:12)".
func coroName(fn any) string {
	full := funcName(fn)
	if pc := funcPC(fn); pc != 0 {
		if f := runtime.FuncForPC(pc); f != nil && !strings.HasPrefix(f.Name(), "reflect.") {
			full = frameName(f.Name())
		}
	}
	methodValue := strings.HasSuffix(full, "-fm")
	parts := strings.Split(strings.TrimSuffix(full, "-fm"), ".")
	i := len(parts) - 1
	for i > 0 && (isDigits(parts[i]) || strings.HasPrefix(parts[i], "func") && isDigits(parts[i][4:])) {
		i--
	}
	if anonymousClosure(parts, i) {
		return full + " (" + funcLine(fn) + ")"
	}
	name := parts[i]
	switch {
	case i > 0 && strings.HasPrefix(parts[i-1], "("):
		name = strings.Trim(parts[i-1], "(*)") + "." + name
	case methodValue && i > 1:
		// A method value of a value receiver: main.T.run-fm. (A closure
		// in such a method, main.T.run.func1, has the name of a literal
		// of a function run inlined into a function T, and keeps run.)
		name = parts[i-1] + "." + name
	}
	return name
}

func funcLine(fn any) string {
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.IsNil() {
		return ""
	}
	f := runtime.FuncForPC(v.Pointer())
	if f == nil {
		return ""
	}
	file, line := f.FileLine(v.Pointer())
	return shortFile(file) + ":" + fmt.Sprint(line)
}

// shortFile keeps the last directory and the file name.
func shortFile(file string) string {
	if i := strings.LastIndex(file, "/"); i >= 0 {
		if j := strings.LastIndex(file[:i], "/"); j >= 0 {
			return file[j+1:]
		}
	}
	return file
}

// call runs the coroutine's function.
func (c *Coroutine) call() (any, error) {
	switch f := c.fn.(type) {
	case func():
		f()
		return nil, nil
	case func() error:
		return nil, f()
	case func() any:
		return f(), nil
	case func() (any, error):
		v, err := f()
		if err != nil {
			return nil, err // as a task's: an error, no result (callReflect too)
		}
		return v, nil
	}
	return callReflect(c.fn)
}

// callReflect calls a func() T or func() (T, error).
//
//go:noinline
func callReflect(fn any) (any, error) {
	out := reflect.ValueOf(fn).Call(nil)
	switch len(out) {
	case 0:
		return nil, nil
	case 1:
		if out[0].Type() == errorType {
			err, _ := out[0].Interface().(error)
			return nil, err
		}
		return out[0].Interface(), nil
	}
	err, _ := out[1].Interface().(error)
	if err != nil {
		return nil, err
	}
	return out[0].Interface(), nil
}

// consume marks the coroutine as used (scheduled or awaited); it reports
// false if it already was. One an Await refused (closeRefused) is not.
func (c *Coroutine) consume(to uint32) bool {
	if c == sleep0 {
		return true
	}
	if !c.state.CompareAndSwap(coroInert, to) {
		return c.state.CompareAndSwap(coroRefused, to) // its tracker settled when refused
	}
	if tr := c.tracker(); tr != nil {
		tr.settle()
	}
	return true
}

// ErrCoroutineReused is returned when a coroutine is awaited or scheduled
// a second time: make a new one by calling its function again.
var ErrCoroutineReused = errors.New("loop: cannot reuse an already awaited coroutine; call the coroutine function again for a new one")

// Sleep returns a coroutine that, awaited, suspends the task for d on the
// loop's clock; Sleep(0) yields to the other ready callbacks once
// (asyncio.sleep). Cancelling the task ends the sleep with ErrCancelled.
// The task goes on in the loop iteration after the one its timer is due
// in, after the callbacks due with it, as in asyncio. Safe from any
// goroutine.
//
// Sleep(0) (or less) returns one shared coroutine, as asyncio's sleep(0) is
// a bare yield: awaiting it any number of times yields once each time, and
// it is never reported as not awaited.
func Sleep(d time.Duration) *Coroutine {
	if d <= 0 {
		return sleep0
	}
	sc := &sleepCoro{}
	sc.isSleep = true
	sc.timer.when = d.Seconds()
	sc.fn = &sc.timer
	track(&sc.Coroutine)
	return &sc.Coroutine
}

// sleepCoro is what Sleep(d) makes for d > 0: the coroutine and the timer
// the awaiting task arms, in one object (80 bytes: one allocation where
// there were two). The coroutine's fn holds &timer, which is
// how the task finds it, and until the sleep starts timer.when holds the
// duration in seconds (see Task.startTimer).
type sleepCoro struct {
	Coroutine
	timer TimerHandle
}

// sleepTimer returns the timer of a coroutine Sleep made, nil for sleep0.
func (c *Coroutine) sleepTimer() *TimerHandle {
	th, _ := c.fn.(*TimerHandle)
	return th
}

var sleep0 = &Coroutine{isSleep: true}
