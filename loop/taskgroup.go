package loop

import (
	"errors"
	"fmt"
	"slices"
)

// TaskGroup runs tasks that succeed or fail together (asyncio.TaskGroup):
//
//	tg := loop.NewTaskGroup()
//	a := tg.CreateTask(fetch("a"))
//	b := tg.CreateTask(fetch("b"))
//	if _, err := loop.Await(tg.Wait()); err != nil {
//		return err // errors.Join of the tasks' errors
//	}
//
// The first task to fail cancels the others still running; Wait waits for
// all of them and returns errors.Join of the errors, in the order the
// tasks failed (asyncio's ExceptionGroup); a task cancelled by the group
// or by anyone else is not an error. If the task in Wait is cancelled, the
// group's tasks are cancelled, Wait waits for them to finish and returns
// the cancellation, unless some task failed: then, as in asyncio, the
// errors take priority.
//
// asyncio's `async with` block also cancels the parent task when a child
// fails, to interrupt the block's own awaits. Go has no such block: the
// code between NewTaskGroup and Wait is not the group's, and the parent
// is not cancelled; it finds the failure when it awaits Wait.
//
// Loop goroutine only.
type TaskGroup struct {
	loop        *Loop
	tasks       []*Task // pending children
	errs        []error
	aborting    bool
	exiting     bool
	finished    bool
	err         error
	onCompleted *Future
	onDone      func(*Future)
}

// NewTaskGroup returns an empty task group (asyncio.TaskGroup()). It binds
// to the loop its first task runs on. Safe from any goroutine.
func NewTaskGroup() *TaskGroup { return &TaskGroup{} }

// CreateTask wraps c in a task of the group (asyncio's
// TaskGroup.create_task). Once Wait has returned, or while the group is
// cancelling its tasks after a failure, the coroutine is not run and the
// task returned has failed already (Done is true) with an error matching
// ErrInvalidState, as asyncio raises its RuntimeError at once; with a nil
// coroutine, it has failed as CreateTask(nil)'s, and the group is not
// told. Options such as Name apply to the task. Loop goroutine only.
func (tg *TaskGroup) CreateTask(c *Coroutine, opts ...TaskOption) *Task {
	if tg.loop == nil {
		tg.loop = Get()
	}
	var refuse string
	switch {
	case tg.finished || tg.exiting && len(tg.tasks) == 0:
		refuse = "TaskGroup is finished"
	case tg.aborting:
		refuse = "TaskGroup is shutting down"
	}
	if refuse != "" {
		name, origin := "", ""
		if c != nil {
			name, origin = c.Name(), c.Origin()
			c.consume(coroDone) // closed, not "never awaited"
		}
		err := fmt.Errorf("%w: %s: CreateTask(%s) refused", ErrInvalidState, refuse, name)
		return tg.loop.refusedTask(name, origin, err, opts)
	}
	if c == nil {
		return tg.loop.CreateTask(nil, opts...)
	}
	t := tg.loop.CreateTask(c, opts...)
	if tg.onDone == nil {
		tg.onDone = tg.taskDone
	}
	tg.tasks = append(tg.tasks, t)
	t.AddDoneCallback(tg.onDone)
	return t
}

func (tg *TaskGroup) taskDone(f *Future) {
	t := f.Task()
	for i, x := range tg.tasks {
		if x == t {
			tg.tasks = append(tg.tasks[:i], tg.tasks[i+1:]...)
			break
		}
	}
	if tg.onCompleted != nil && len(tg.tasks) == 0 {
		wake(tg.onCompleted, nil)
	}
	if t.Cancelled() {
		return
	}
	err := t.Exception()
	if err == nil {
		return
	}
	tg.errs = append(tg.errs, err)
	if !tg.aborting {
		tg.abort()
	}
}

func (tg *TaskGroup) abort() {
	tg.aborting = true
	for _, t := range tg.tasks {
		if !t.Done() {
			t.Cancel()
		}
	}
}

// Errors returns the errors of the group's tasks that failed, in the
// order they failed (asyncio's ExceptionGroup.exceptions): what Wait's
// error joins, each to test with errors.Is, errors.As or a type switch,
// without asserting the joined error to an interface of its Unwrap. Nil
// while none failed, and for a group Wait left for a cancellation alone.
// Loop goroutine only.
func (tg *TaskGroup) Errors() []error {
	if tg.finished {
		if j, ok := tg.err.(interface{ Unwrap() []error }); ok {
			return slices.Clone(j.Unwrap())
		}
		return nil
	}
	return slices.Clone(tg.errs)
}

// Wait returns a coroutine that, awaited, waits until every task of the
// group is done and gives errors.Join of their errors (nil if none
// failed); see TaskGroup for failures and cancellation. After it returns,
// the group takes no new task; awaiting Wait again gives the same error.
// Loop goroutine only.
func (tg *TaskGroup) Wait() *Coroutine {
	return Async(func() error {
		if tg.finished {
			return tg.err
		}
		t, err := callingTask()
		if err != nil {
			return err
		}
		if tg.loop == nil {
			tg.loop = t.loop
		}
		tg.exiting = true
		var cancelled error
		for len(tg.tasks) > 0 {
			tg.onCompleted = t.loop.newNotedFuture(tg)
			_, err := t.await(tg.onCompleted)
			tg.onCompleted = nil
			if err == nil {
				continue
			}
			if !isCancel(err) {
				return err
			}
			// The parent is cancelled: cancel the children and wait for them.
			cancelled = err
			if !tg.aborting {
				tg.abort()
			}
		}
		tg.finished = true
		switch {
		case len(tg.errs) > 0:
			tg.err = errors.Join(tg.errs...)
		case cancelled != nil:
			tg.err = cancelled
		}
		tg.errs = nil
		return tg.err
	})
}
