package loop

import (
	"strings"

	"github.com/sirupsen/logrus"
)

// A task that goes on after its cancellation. Python raises a task's
// cancellation at its await; Go returns it, and code that drops Await's
// error swallows it: the task runs on as if nothing happened (asyncio's
// wait_for example, translated so, prints "yay!" instead of "timeout!").
// In debug mode the loop notes where a task's own cancellation was
// delivered: the first Await that returned ErrCancelled while the task had
// a cancellation request not withdrawn by Uncancel. It then warns, once
// per task, when the task
//
//   - awaits again at that same Await (it came back around, as a loop
//     that drops the error does), or
//   - returns a result (no error) instead of ending cancelled (but for a
//     Hidden coroutine's task: a host's, whose result is its own), or
//   - gives a result from the block of a Timeout (or WaitFor) whose
//     deadline cancelled it, where asyncio's code would have raised.
//
// A task may catch its cancellation to clean up, as in asyncio: awaiting
// other things, then returning the error (or any error) is not reported.
// Uncancel withdraws the cancellation (when no request is left), and the
// note with it: the task goes on on purpose.

// cancelNote is where a task's cancellation was delivered (see above).
type cancelNote struct {
	at     string // the Await's place: file:line, or an interpreter's position; "" if not known
	warned bool
}

// awaitSite is where the task's code calls Await: the position AwaitAt
// gave (an interpreter's), else the first frame of the caller's code that
// Go's stack shows. Debug mode only: it reads the stack.
func (t *Task) awaitSite() string {
	if c := t.cold; c != nil && c.chain != nil {
		for i := len(c.chain.levels) - 1; i >= 0; i-- {
			if at := c.chain.levels[i].at; at != "" {
				return at
			}
		}
	}
	return callerLine()
}

// awaitDebug is Await in debug mode: it notes a delivered cancellation,
// and warns when the task comes back to the Await that delivered it.
//
//go:noinline
func (t *Task) awaitDebug(l *Loop, aw Awaitable) (any, error) {
	if n := t.swallowed(); n != nil && !n.warned && n.at != "" && t.awaitSite() == n.at {
		t.warnWentOn(n, "awaits there again")
	}
	var res any
	var err error
	if c, ok := aw.(*Coroutine); ok && c != nil && c.isSleep && !t.onOwn {
		if c != sleep0 && !c.consume(coroRunning) {
			return nil, ErrCoroutineReused
		}
		res, err = t.sleep(l, c)
	} else {
		res, err = t.awaitOn(l, aw)
	}
	if err != nil && t.state == statePending && !t.dead && t.ncancels() > 0 && t.cold.swallow == nil && isCancel(err) {
		t.cold.swallow = &cancelNote{at: t.awaitSite()}
	}
	return res, err
}

// swallowed returns the note of the task's delivered cancellation, if any.
func (t *Task) swallowed() *cancelNote {
	if c := t.cold; c != nil {
		return c.swallow
	}
	return nil
}

// warnWentOn warns, once, that the task went on after the cancellation n
// notes; what says how.
func (t *Task) warnWentOn(n *cancelNote, what string) {
	n.warned = true
	var b strings.Builder
	who, name, origin := "Task(<"+t.Name()+">)", t.Name(), t.Origin()
	if t.coro.hidden && origin != "" {
		// A host's own task, named by what it runs: "input 3".
		who, name, origin = origin, origin, ""
	}
	b.WriteString(who + " went on after its cancellation: ")
	if n.at != "" {
		b.WriteString("the Await at " + n.at)
	} else {
		b.WriteString("an Await")
	}
	b.WriteString(" returned ErrCancelled and it " + what +
		"; check the error and return it (or call Uncancel to go on on purpose)")
	fields := logrus.Fields{"task": name}
	if n.at != "" {
		fields["cancelled_at"] = n.at
	}
	if origin != "" && !t.coro.libraryOwn() {
		fields["defined_at"] = origin
	}
	t.loop.Logger().WithFields(fields).Warn(b.String())
}

// endSwallowed warns, in debug mode, about a task that returns a result
// after its cancellation was delivered and not withdrawn. A host's own
// task (Hidden: the asyncrepl shell's input) is left out: what it returns
// is the host's, not the code's, to say.
func (t *Task) endSwallowed() {
	if n := t.cold.swallow; n != nil && !n.warned && t.ncancels() > 0 && !t.coro.hidden && t.loop.debug.Load() {
		t.warnWentOn(n, "returned a result")
	}
}
