package loop

import "strings"

// TaskOption configures a task made by CreateTask (Loop.CreateTask,
// TaskGroup.CreateTask): asyncio's keyword arguments of create_task.
type TaskOption func(*Task)

// Name names the task (asyncio's create_task(coro, name=...)): Task.Name,
// Task.String and the warnings show it instead of the coroutine's name, and
// the asyncrepl shell's :tasks, :where and :cancel find the task by it.
// Options are values: safe from any goroutine, applied by CreateTask.
//
//	t := loop.CreateTask(fetch(url), loop.Name("fetch-1"))
func Name(name string) TaskOption {
	return func(t *Task) { t.SetName(name) }
}

// SetName names the task (asyncio's Task.set_name); "" gives it back its
// coroutine's name. Safe from any goroutine.
func (t *Task) SetName(name string) {
	if t.coro == sleep0 {
		// The shared Sleep(0) has no meta of its own to hold a name.
		c := &Coroutine{isSleep: true}
		c.state.Store(coroScheduled)
		t.coro = c
	}
	t.coro.setMeta(func(m *coroMeta) { m.task = name })
}

// anonymousClosure reports whether a closure's function, whose name's
// parts ("main", "main", "func2") name the enclosing function at i, is a
// function literal no coroutine function names: one written in main or
// init (or a test function), or inside another literal
// ("main.fetch.func1.1"), rather than
// returned by a function of its own (func fetch() *Coroutine { return
// Async(func() ...) }, named "fetch").
func anonymousClosure(parts []string, i int) bool {
	if i == len(parts)-1 || i == 0 {
		return false // no closure
	}
	outer := parts[i]
	if len(parts)-1-i > 1 || outer == "main" || outer == "init" || strings.HasPrefix(outer, "init") && isDigits(outer[4:]) {
		return true
	}
	for _, p := range []string{"Test", "Example", "Benchmark", "Fuzz"} {
		if strings.HasPrefix(outer, p) {
			return true // a test's body is a program's main
		}
	}
	return false
}
