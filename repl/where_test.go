package repl_test

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// TestWhere checks what :where says of pending tasks: the chain of
// coroutines each awaits, at the lines of the inputs they are suspended at,
// and what the innermost waits for, for each kind of wait.
func TestWhere(t *testing.T) {
	tests := []struct {
		name   string
		inputs []string
		spec   string
		want   string // a regular expression over Where's text
	}{
		{"queue, two levels", []string{
			"q := loop.NewQueue(0)",
			"func fetch() *loop.Coroutine {\n\treturn loop.Async(func() (any, error) {\n\t\treturn loop.Await(q.Get())\n\t})\n}",
			"func worker() *loop.Coroutine {\n\treturn loop.Async(func() (any, error) {\n\t\tv, err := loop.Await(fetch())\n\t\treturn v, err\n\t})\n}",
			"w := loop.CreateTask(worker(), loop.Name(\"worker-1\"))",
		}, "", `^1  Task\(<worker-1>\)<PENDING>  created at input 4:22\n` +
			`     worker at input 3, line 3:13\n` +
			`     fetch at input 2, line 3:10\n` +
			`     waits for queue empty \(size 0, 1 getter\)$`},
		{"sleep in a statement", []string{
			"func nap() *loop.Coroutine { return loop.Async(func() error { _, err := loop.Await(loop.Sleep(90 * time.Second)); return err }) }",
			"loop.CreateTask(nap())",
		}, "nap", `^1  Task\(<nap>\)<PENDING>  created at input 2:17\n     nap at input 1:73\n     waits for sleep, 1m30s left$`},
		{"lock held by a numbered task", []string{
			"lk := loop.NewLock()",
			"func hold() *loop.Coroutine { return loop.Async(func() error { if _, err := loop.Await(lk.Acquire()); err != nil { return err }; _, err := loop.Await(loop.Sleep(time.Hour)); return err }) }",
			"h := loop.CreateTask(hold())",
			"func take() *loop.Coroutine { return loop.Async(func() error { _, err := loop.Await(lk.Acquire()); return err }) }",
			"loop.CreateTask(take())",
		}, "take", `waits for lock held by task 1 Task\(<hold>\) \(1 waiter\)$`},
		{"a task of a loop type's coroutine: where it was made", []string{
			"ev := loop.NewEvent()",
			"t := loop.CreateTask(ev.Wait())",
		}, "t", `^1  Task\(<Event.Wait>\)<PENDING>  created at input 2:22\n`},
		{"event, by variable", []string{
			"ev := loop.NewEvent()",
			"e := loop.CreateTask(loop.Async(func() error { _, err := loop.Await(ev.Wait()); return err }))",
		}, "e", `at input 2:58\n     waits for event not set \(1 waiter\)$`},
		{"semaphore", []string{
			"sem := loop.NewSemaphore(0)",
			"loop.CreateTask(loop.Async(func() error { _, err := loop.Await(sem.Acquire()); return err }))",
		}, "1", `waits for semaphore value 0 \(1 waiter\)$`},
		{"gather", []string{
			"g := loop.Gather(loop.Sleep(0), loop.Sleep(time.Hour))",
			"loop.CreateTask(loop.Async(func() error { _, err := loop.Await(g); return err }))",
		}, "", `waits for gather: 1 of 2 done`},
		{"a task awaiting a task", []string{
			"inner := loop.CreateTask(loop.Sleep(time.Hour), loop.Name(\"inner\"))",
			"loop.CreateTask(loop.Async(func() error { _, err := loop.Await(inner); return err }), loop.Name(\"outer\"))",
		}, "outer", `waits for task 1 Task\(<inner>\)<PENDING>$`},
		{"future", []string{
			"f := loop.Get().CreateFuture()",
			"loop.CreateTask(loop.Async(func() error { _, err := loop.Await(f); return err }))",
		}, "", `waits for future, pending: completed by code that holds it \(SetResult, SetException, Cancel\); held by f$`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _, errs := newSession(t, repl.Config{})
			ctx := context.Background()
			for _, in := range tt.inputs {
				if err := s.Run(ctx, in); err != nil {
					t.Fatalf("%s: %v (stderr %q)", in, err, errs.String())
				}
			}
			if err := s.Run(ctx, "loop.Await(loop.Sleep(0))"); err != nil {
				t.Fatal(err)
			}
			stacks, err := s.Where(tt.spec)
			if err != nil {
				t.Fatal(err)
			}
			var text []string
			for _, st := range stacks {
				text = append(text, st.String())
			}
			got := strings.Join(text, "\n")
			if !regexp.MustCompile(tt.want).MatchString(got) {
				t.Errorf("Where(%q):\n%s\nwant /%s/", tt.spec, got, tt.want)
			}
		})
	}
}

// TestWhereNoSuchTask checks that :where of a task nobody has fails, and
// of no task at all says nothing.
func TestWhereNoSuchTask(t *testing.T) {
	s, _, _ := newSession(t, repl.Config{})
	if stacks, err := s.Where(""); err != nil || len(stacks) != 0 {
		t.Errorf("Where() with no tasks = %v, %v", stacks, err)
	}
	if _, err := s.Where("nosuch"); err == nil || !strings.Contains(err.Error(), `no pending task "nosuch"`) {
		t.Errorf("Where(nosuch) = %v", err)
	}
}

// TestCancelSeveralByName checks that :cancel NAME, when several tasks
// have the name, cancels none and lists them; a number then picks one.
func TestCancelSeveralByName(t *testing.T) {
	s, _, _ := newSession(t, repl.Config{})
	ctx := context.Background()
	if err := s.Run(ctx, "func nap() *loop.Coroutine { return loop.Async(func() error { _, err := loop.Await(loop.Sleep(time.Hour)); return err }) }\nloop.CreateTask(nap())\nloop.CreateTask(nap())"); err != nil {
		t.Fatal(err)
	}
	cancelled, _, err := s.Cancel("nap")
	if err == nil || len(cancelled) != 0 || !strings.Contains(err.Error(), "2 pending tasks are named nap") ||
		!strings.Contains(err.Error(), "\n  1  Task(<nap>)<PENDING>") || !strings.Contains(err.Error(), "\n  2  Task(<nap>)<PENDING>") {
		t.Fatalf("Cancel(nap) = %v, %v; want the two listed, none cancelled", cancelled, err)
	}
	if tasks, _ := s.Tasks(); len(tasks) != 2 {
		t.Fatalf("%d tasks left, want 2", len(tasks))
	}
	if cancelled, _, err := s.Cancel("2"); err != nil || len(cancelled) != 1 {
		t.Fatalf("Cancel(2) = %v, %v", cancelled, err)
	}
}

// TestWhereUnseenAwait checks that a task suspended in an await the front
// end does not see (through a function value) shows its coroutine, not the
// interpreter's frames.
func TestWhereUnseenAwait(t *testing.T) {
	s, _, _ := newSession(t, repl.Config{})
	ctx := context.Background()
	for _, in := range []string{"f := loop.Get().CreateFuture()", "aw := loop.Await", "loop.CreateTask(loop.Async(func() { aw(f) }))", "loop.Await(loop.Sleep(0))"} {
		if err := s.Run(ctx, in); err != nil {
			t.Fatal(err)
		}
	}
	stacks, err := s.Where("")
	if err != nil || len(stacks) != 1 {
		t.Fatalf("Where() = %v, %v", stacks, err)
	}
	want := "1  Task(<input3.func1>)<PENDING>  defined at input 3:17\n     input3.func1\n" +
		"     waits for future, pending: completed by code that holds it (SetResult, SetException, Cancel); held by f"
	if got := stacks[0].String(); got != want {
		t.Errorf("Where():\n%s\nwant\n%s", got, want)
	}
}
