package loop

import "fmt"

// The String methods below print the objects as asyncio's reprs do, so that
// a REPL shows a loop or a primitive by its state rather than its fields.

// String describes the loop as asyncio does: <Loop running=true
// closed=false debug=false>. Safe from any goroutine.
func (l *Loop) String() string {
	return fmt.Sprintf("<Loop running=%t closed=%t debug=%t>", l.IsRunning(), l.IsClosed(), l.Debug())
}

// String describes the lock: <Lock [locked, waiters:1]>. Loop goroutine
// only.
func (lk *Lock) String() string {
	state := "unlocked"
	if lk.locked {
		state = "locked"
	}
	return "<Lock [" + state + waitersNote(&lk.waiters) + "]>"
}

// String describes the event: <Event [set]>. Loop goroutine only.
func (e *Event) String() string {
	state := "unset"
	if e.value {
		state = "set"
	}
	return "<Event [" + state + waitersNote(&e.waiters) + "]>"
}

// String describes the condition: <Condition [unlocked, waiters:2]>. Loop
// goroutine only.
func (c *Condition) String() string {
	state := "unlocked"
	if c.lock != nil && c.lock.locked {
		state = "locked"
	}
	return "<Condition [" + state + waitersNote(&c.waiters) + "]>"
}

// String describes the semaphore: <Semaphore [unlocked, value:2]>. Loop
// goroutine only.
func (s *Semaphore) String() string {
	name := "Semaphore"
	if s.bounded {
		name = "BoundedSemaphore"
	}
	state := "unlocked"
	if s.value == 0 {
		state = "locked"
	}
	return fmt.Sprintf("<%s [%s, value:%d%s]>", name, state, s.value, waitersNote(&s.waiters))
}

// String describes the queue: <Queue maxsize=2 qsize=1 unfinished=1>.
// Loop goroutine only.
func (q *Queue) String() string {
	name := "Queue"
	switch q.kind {
	case kindLIFO:
		name = "LifoQueue"
	case kindPriority:
		name = "PriorityQueue"
	}
	return fmt.Sprintf("<%s maxsize=%d qsize=%d unfinished=%d>", name, q.maxsize, q.n, q.unfinished)
}

func waitersNote(w *waitList) string {
	if n := w.len(); n > 0 {
		return fmt.Sprintf(", waiters:%d", n)
	}
	return ""
}

// String describes the group as asyncio does: <TaskGroup tasks=2 errors=1
// cancelling>. Loop goroutine only.
func (g *TaskGroup) String() string {
	s := "<TaskGroup"
	if len(g.tasks) > 0 {
		s += fmt.Sprintf(" tasks=%d", len(g.tasks))
	}
	if len(g.errs) > 0 {
		s += fmt.Sprintf(" errors=%d", len(g.errs))
	}
	switch {
	case g.finished:
		s += " finished"
	case g.aborting:
		s += " cancelling"
	}
	return s + ">"
}

// String describes the future as concurrent.futures does:
// <ConcurrentFuture state=pending>, <ConcurrentFuture state=finished
// returned int>, <ConcurrentFuture state=finished raised
// *errors.errorString> (the type of the error), <ConcurrentFuture
// state=cancelled>. Safe from any goroutine.
func (cf *ConcurrentFuture) String() string {
	switch {
	case !cf.Done():
		return "<ConcurrentFuture state=pending>"
	case cf.Cancelled():
		return "<ConcurrentFuture state=cancelled>"
	}
	if cf.err != nil {
		return fmt.Sprintf("<ConcurrentFuture state=finished raised %T>", cf.err)
	}
	return fmt.Sprintf("<ConcurrentFuture state=finished returned %T>", cf.result)
}
