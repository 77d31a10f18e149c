package repl

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/asyncrepl/asyncrepl/internal/frontend"
	"github.com/asyncrepl/asyncrepl/loop"
)

// :where shows, for each pending task, its await chain: the task's
// coroutine and the coroutines it awaits, each at the line of the user's
// text it is suspended at, and what the innermost one waits for. The
// positions come from the front end, which gives every loop.Await it
// rewrites its call site (loop.AwaitAt): the Go runtime cannot see an
// interpreter's frames. Compiled code's frames (the loop's, the standard
// library's) are read from the task's goroutine by loop.Task.Stack.

// TaskStack is a pending task with its await chain.
type TaskStack struct {
	TaskInfo
	Stack []loop.Frame // outermost first
}

// String formats the task as :where prints it:
//
//	2  Task(<worker>)<PENDING>  created at input 4:20
//	     worker at input 3:9
//	     fetch at input 1:40
//	     waits for queue empty (size 0, 1 getter)
func (t TaskStack) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d  %s", t.Index, t.State)
	switch {
	case t.Created != "":
		b.WriteString("  created at " + t.Created)
	case t.Origin != "":
		b.WriteString("  defined at " + t.Origin)
	}
	for _, f := range t.Stack {
		b.WriteString("\n     " + f.String())
	}
	if t.Awaiting != "" {
		b.WriteString("\n     waits for " + t.Awaiting)
	}
	return b.String()
}

// Where returns the await chains of the pending tasks spec names (as
// Cancel takes it: a number from Tasks, a variable holding a task, a name),
// or of every pending task when spec is "". It fails when the loop does
// not respond (a task or callback blocks it), or when spec names no
// pending task. Not while an input runs (it reads session variables).
func (s *Session) Where(spec string) ([]TaskStack, error) {
	match, err := s.taskMatcher(spec)
	if err != nil {
		return nil, err
	}
	var stacks []TaskStack
	var waitsOn []*loop.Task
	var futures []*loop.Future // the plain futures tasks wait for, by task
	if !s.onLoop(func() {
		s.pending(func(n int, t *loop.Task) {
			if spec == "" || match(n, t) {
				stacks = append(stacks, TaskStack{TaskInfo: taskInfo(n, t), Stack: taskFrames(t)})
				waitsOn = append(waitsOn, t.WaitsOn())
				f := t.AwaitedFuture()
				if f != nil && (f.Task() != nil || !strings.HasPrefix(stacks[len(stacks)-1].Awaiting, "future")) {
					f = nil
				}
				futures = append(futures, f)
			}
		})
		// Name the task a wait depends on by its number too.
		for i, w := range waitsOn {
			if n, ok := s.taskNums[w]; ok && w != nil {
				name := "Task(<" + w.Name() + ">)"
				stacks[i].Awaiting = strings.Replace(stacks[i].Awaiting, name, fmt.Sprintf("task %d %s", n, name), 1)
			}
		}
	}) {
		return nil, s.noLoop()
	}
	// Who can complete a future: the session's variables holding it.
	for i, f := range futures {
		if names := s.futureVars(f); len(names) > 0 {
			stacks[i].Awaiting += "; held by " + strings.Join(names, ", ")
		}
	}
	if len(stacks) == 0 && spec != "" {
		return nil, fmt.Errorf("repl: no pending task %q: name one by its number in :tasks, a variable holding it, or its name", spec)
	}
	return stacks, nil
}

// taskFrames returns the frames of t's stack that are the user's: an await
// the front end did not rewrite (through a function value, or in compiled
// code such as a nested RunUntilComplete) leaves the task's stack as Go
// sees it, the interpreter's frames, which say nothing to the user; the
// task's coroutine is shown instead, without a line.
func taskFrames(t *loop.Task) []loop.Frame {
	var out []loop.Frame
	for _, f := range t.Stack() {
		if !strings.HasPrefix(f.Func, "interp.") && !strings.HasPrefix(f.Func, "repl.") && !strings.HasPrefix(f.Func, "hostrt.") {
			out = append(out, f)
		}
	}
	if len(out) == 0 && t.Coroutine().Origin() != "" && !strings.HasPrefix(t.Coroutine().Origin(), "loop/") {
		out = []loop.Frame{{Func: t.Coroutine().Name()}}
	}
	return out
}

// futureVars returns the session's variables of type *loop.Future that
// hold f, if f is not nil. Not while an input runs.
func (s *Session) futureVars(f *loop.Future) []string {
	if f == nil {
		return nil
	}
	var names []string
	for name, n := range s.fe.Names {
		if n.Kind == frontend.KindVar && n.Dyn == "*loop.Future" && s.varValue(name) == any(f) {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

// taskMatcher returns what tells whether task t, numbered n, is the one
// spec names: its number, a session variable holding it, or its name (the
// task's, or its coroutine's). Not while an input runs.
func (s *Session) taskMatcher(spec string) (func(n int, t *loop.Task) bool, error) {
	if spec == "all" {
		return func(int, *loop.Task) bool { return true }, nil
	}
	if n, err := strconv.Atoi(spec); err == nil {
		return func(i int, _ *loop.Task) bool { return i == n }, nil
	}
	if byVar := s.taskVar(spec); byVar != nil {
		return func(_ int, t *loop.Task) bool { return t == byVar }, nil
	}
	return func(_ int, t *loop.Task) bool { return t.Name() == spec || t.Coroutine().Name() == spec }, nil
}
