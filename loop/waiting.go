package loop

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"sync/atomic"
	"time"
	"unsafe"
)

// What a task waits for, in words (Task.Awaiting): a future says what it
// is for when it carries a note. The futures the package makes for a wait
// (a lock's, a queue's, an event's waiters, an executor job's, Wait's) are
// notedFutures: a Future with its note after it, flagged by Future.noted,
// at no cost to the others. In debug mode, CreateFuture notes where the
// future was made and by which task.

// waitNote describes, for a task awaiting a future, what the future is for.
type waitNote interface {
	waitingFor() string
}

// notedFuture is a future with a note; Future.noted says a *Future is one.
type notedFuture struct {
	Future
	note waitNote
}

// newNotedFuture returns a pending future of l with note n.
func (l *Loop) newNotedFuture(n waitNote) *Future {
	nf := &notedFuture{Future: Future{loop: l, noted: true}, note: n}
	return &nf.Future
}

// note returns the future's note, if it has one.
func (f *Future) note() waitNote {
	if !f.noted {
		return nil
	}
	return (*notedFuture)(unsafe.Pointer(f)).note
}

// setNote changes the note of a noted future (a waiter reused for another
// wait).
func (f *Future) setNote(n waitNote) {
	if f.noted {
		(*notedFuture)(unsafe.Pointer(f)).note = n
	}
}

// Awaiting describes what the task waits for, in words: "sleep, 1.5s
// left", "queue empty (size 0, 2 getters)", "lock held by
// Task(<worker>)", "event not set (1 waiter)", "semaphore value 0 (3
// waiters)", "gather: 1 of 3 done", "executor job main.hash, running for
// 2s", "Task(<fetch>)<PENDING>" (a task it awaits), a future ("future:
// completed by whoever holds it"; in debug mode, where it was made and by
// which task), "ready" (its next step is queued), "not started"; "" when
// done. Loop goroutine only.
func (t *Task) Awaiting() string {
	switch {
	case t.Done():
		return ""
	case t.waitTimer() != nil:
		return fmt.Sprintf("sleep, %s left", fmtSeconds(t.waitTimer().when-t.loop.clock.Now()))
	case t.waitFut() != nil:
		return describeFuture(t.waitFut())
	case t.co == nil && t.handoff() == nil:
		return "not started"
	}
	return "ready"
}

// AwaitedFuture returns the future the task is suspended on (a task's
// future, for a task it awaits), or nil: not suspended on a future (asleep,
// ready, running, done). Loop goroutine only.
func (t *Task) AwaitedFuture() *Future {
	if t.Done() {
		return nil
	}
	return t.waitFut()
}

// WaitsOn returns the task that must act for t to go on, when one is
// known: the task t awaits, or the one holding the lock t waits to take;
// else nil. Loop goroutine only.
func (t *Task) WaitsOn() *Task {
	f := t.waitFut()
	if t.Done() || f == nil || f.Done() {
		return nil
	}
	if w := f.task(); w != nil {
		return w
	}
	if lk, ok := f.note().(*Lock); ok && lk.locked && lk.holder != nil && !lk.holder.Done() {
		return lk.holder
	}
	return nil
}

// describeFuture says what a pending future a task awaits is for.
func describeFuture(f *Future) string {
	if f.state != statePending {
		return f.String() + ", waking the task"
	}
	if g := f.cancelHook(); g != nil {
		what := "gather"
		if g.returnExc {
			what = "gather (return exceptions)"
		}
		return fmt.Sprintf("%s: %d of %d done", what, len(g.children)-g.left, len(g.children))
	}
	if f.isTask {
		return f.String()
	}
	if n := f.note(); n != nil {
		return n.waitingFor()
	}
	return "future, pending: completed by code that holds it (SetResult, SetException, Cancel)"
}

// plural is "1 getter", "2 getters".
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// taskName names a task in a description: Task(<worker>); a host's task
// (Hidden), which AllTasks does not list, with where it comes from:
// Task(<input>) (input 5).
func taskName(t *Task) string {
	if t == nil {
		return "a task now done"
	}
	if t.coro.hidden && t.Origin() != "" {
		return "Task(<" + t.Name() + ">) (" + t.Origin() + ")"
	}
	return "Task(<" + t.Name() + ">)"
}

// The notes of the primitives' waiters. Each is the primitive itself (or
// a pointer type converted from it, for a second kind of wait), so a note
// costs no allocation.

func (lk *Lock) waitingFor() string {
	if !lk.locked {
		return fmt.Sprintf("lock, just released (%s)", plural(lk.waiters.len(), "waiter"))
	}
	switch {
	case lk.holder != nil && !lk.holder.Done():
		return fmt.Sprintf("lock held by %s (%s)", taskName(lk.holder), plural(lk.waiters.len(), "waiter"))
	case lk.holder != nil:
		return fmt.Sprintf("lock held, not released by %s, now done (%s)", taskName(lk.holder), plural(lk.waiters.len(), "waiter"))
	}
	return fmt.Sprintf("lock held (%s)", plural(lk.waiters.len(), "waiter"))
}

func (e *Event) waitingFor() string {
	if e.value {
		return "event set, waking"
	}
	return fmt.Sprintf("event not set (%s)", plural(e.waiters.len(), "waiter"))
}

func (c *Condition) waitingFor() string {
	return fmt.Sprintf("condition not notified (%s)", plural(c.waiters.len(), "waiter"))
}

func (s *Semaphore) waitingFor() string {
	return fmt.Sprintf("semaphore value %d (%s)", s.value, plural(s.waiters.len(), "waiter"))
}

// queueGetters, queuePutters and queueJoiners are a Queue seen from each
// of its waits.
type (
	queueGetters Queue
	queuePutters Queue
	queueJoiners Queue
)

func (q *queueGetters) waitingFor() string {
	return fmt.Sprintf("queue empty (size %d, %s)", q.n, plural(q.getters.len(), "getter"))
}

func (q *queuePutters) waitingFor() string {
	return fmt.Sprintf("queue full (size %d of %d, %s)", q.n, q.maxsize, plural(q.putters.len(), "putter"))
}

func (q *queueJoiners) waitingFor() string {
	return fmt.Sprintf("queue join (%d unfinished, %s)", q.unfinished, plural(q.joiners.len(), "joiner"))
}

// execJob is the note of a RunInExecutor future: the function and when it
// was submitted (wall time: the job runs on a goroutine, not on loop time).
type execJob struct {
	fn        any
	since     time.Time
	started   atomic.Bool
	cancelled atomic.Bool // its future was cancelled: if still queued, it never runs
	task      *Task       // the task that submitted it, if any
}

func (j *execJob) waitingFor() string {
	state := "queued"
	if j.started.Load() {
		state = "running"
	}
	return fmt.Sprintf("executor job %s, %s for %s", funcName(j.fn), state, time.Since(j.since).Round(time.Millisecond))
}

// waitNoteFunc is a note made of a function, for waits whose state lives
// in a closure (Wait's).
type waitNoteFunc func() string

func (f waitNoteFunc) waitingFor() string { return f() }

// madeAt is the note CreateFuture gives a future in debug mode: where it
// was made, and by which task.
type madeAt struct {
	at string
	by *Task
}

func (m *madeAt) waitingFor() string {
	s := "future, pending: completed by code that holds it (SetResult, SetException, Cancel); made"
	if m.at != "" {
		s += " at " + m.at
	}
	if m.by != nil {
		s += " by " + taskName(m.by)
	}
	return s
}

// newMadeAt records CreateFuture's caller, unless it is reflection's (an
// interpreter's code, whose positions Go cannot see), and the running task.
func newMadeAt(l *Loop) *madeAt {
	m := &madeAt{by: currentTaskOf(l)}
	if pc, file, line, ok := runtime.Caller(2); ok {
		if f := runtime.FuncForPC(pc); f == nil || !strings.HasPrefix(f.Name(), "reflect.") {
			m.at = fmt.Sprintf("%s:%d", shortFile(file), line)
		}
	}
	return m
}

// funcPC returns the entry of the function fn holds, or 0.
func funcPC(fn any) uintptr {
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.IsNil() {
		return 0
	}
	return v.Pointer()
}

func (tg *TaskGroup) waitingFor() string {
	return fmt.Sprintf("task group: %s left", plural(len(tg.tasks), "task"))
}
