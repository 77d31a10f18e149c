package loop

import (
	"context"
	"runtime/pprof"
	"runtime/trace"
)

// Go's own tools: while Go's execution tracer runs (go test -trace,
// trace.Start), each task of the loop is a runtime/trace task named after
// its coroutine, each of its steps a "step" region of the loop goroutine,
// and what it awaits after a step an "awaits" log message, so that go tool
// trace shows the loop's tasks next to the goroutines; and with
// SetProfileLabels, a task's goroutine carries the pprof label task=NAME
// while it runs the task, so that a CPU profile splits by task
// (go tool pprof -tagfocus task=fetch). Neither costs anything while off.

// rtTask is a loop task's runtime/trace task.
type rtTask struct {
	ctx  context.Context
	task *trace.Task
}

// runtimeTask returns t's runtime/trace task, made on first use, within
// the runtime/trace task of the task whose step is running, if any.
func (tc *tracing) runtimeTask(t *Task) *rtTask {
	if rt := tc.rtTask[t]; rt != nil {
		return rt
	}
	parent := context.Background()
	if cur := tc.l.current.Load(); cur != nil && cur != t {
		if p := tc.rtTask[cur]; p != nil {
			parent = p.ctx
		}
	}
	ctx, task := trace.NewTask(parent, t.Name())
	rt := &rtTask{ctx: ctx, task: task}
	if tc.rtTask == nil {
		tc.rtTask = map[*Task]*rtTask{}
	}
	tc.rtTask[t] = rt
	return rt
}

func (tc *tracing) runtimeStepEnd(t *Task, done bool) {
	rt := tc.rtTask[t]
	if rt == nil {
		return
	}
	if done {
		trace.Log(rt.ctx, "done", outcome(&t.Future))
		rt.task.End()
		delete(tc.rtTask, t)
		return
	}
	trace.Log(rt.ctx, "awaits", t.Awaiting())
}

// endRuntimeTasks ends the runtime/trace tasks once the execution tracer
// has stopped.
func (tc *tracing) endRuntimeTasks() {
	for _, rt := range tc.rtTask {
		rt.task.End()
	}
	tc.rtTask = nil
}

// WithProfileLabels turns pprof labels on task goroutines on or off (see
// SetProfileLabels). Options are values: safe from any goroutine, applied
// by New.
func WithProfileLabels(on bool) Option { return func(l *Loop) { l.SetProfileLabels(on) } }

// SetProfileLabels turns pprof labels on or off: while on, the goroutine
// running a task carries the label task=NAME (the task's Name) for as long
// as it runs the task, so that a CPU profile splits by task (go tool pprof
// -tagfocus task=fetch, -tags). Tasks that start while it is on get the
// label. Loop goroutine only.
func (l *Loop) SetProfileLabels(on bool) { l.labels = on }

// profileLabels labels or unlabels the goroutine starting t's body (on
// that goroutine): labelled while labels are on, unlabelled when a
// goroutine labelled for an earlier task takes a task with labels off.
//
//go:noinline
func (t *Task) profileLabels() {
	on := t.loop.labels
	if on {
		pprof.SetGoroutineLabels(pprof.WithLabels(context.Background(), pprof.Labels("task", t.Name())))
	} else {
		pprof.SetGoroutineLabels(context.Background())
	}
	if t.co != nil {
		t.co.labelled = on
	}
}
