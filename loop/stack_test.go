package loop

import (
	"fmt"
	"testing"
	"unsafe"
)

// deepStack recurses n times through frames of about 512 bytes.
//
//go:noinline
func deepStack(n int) int {
	var buf [480]byte
	buf[n%len(buf)] = byte(n)
	if n == 0 {
		return int(buf[0])
	}
	return deepStack(n-1) + int(buf[n%len(buf)])
}

// stackMoved runs a task that goes about 5 KiB deep and reports whether
// its stack was copied meanwhile (a local's address changed).
func stackMoved(t *testing.T, hint int) bool {
	t.Helper()
	l := New()
	defer l.Close()
	res, err := l.RunUntilComplete(Async(func() any {
		var x int
		before := uintptr(unsafe.Pointer(&x))
		deepStack(10)
		return before != uintptr(unsafe.Pointer(&x))
	}).StackHint(hint))
	if err != nil {
		t.Fatal(err)
	}
	return res.(bool)
}

// A task whose coroutine carries a stack hint does not grow its stack in
// the middle of its code: it grew it once, before.
func TestStackHint(t *testing.T) {
	if !stackMoved(t, 0) {
		t.Skip("the runtime starts goroutines with stacks big enough already")
	}
	for _, hint := range []int{8 << 10, 16 << 10, 1 << 20} {
		if stackMoved(t, hint) {
			t.Errorf("StackHint(%d): the stack still grew under the task's code", hint)
		}
	}
}

func TestStackHintClasses(t *testing.T) {
	for _, c := range []struct {
		n    int
		want uint8
	}{{-1, 0}, {0, 0}, {1, 1}, {4 << 10, 1}, {4<<10 + 1, 2}, {8 << 10, 2}, {16 << 10, 3}, {32 << 10, 4}, {64 << 10, 5}, {1 << 30, 5}} {
		co := Async(func() {})
		if got := co.StackHint(c.n).stack; got != c.want {
			t.Errorf("StackHint(%d): class %d, want %d", c.n, got, c.want)
		}
		co.consume(coroScheduled) // not reported as never awaited
	}
	Sleep(0).StackHint(8 << 10)
	if Sleep(0).stack != 0 {
		t.Error("StackHint changed the shared Sleep(0)")
	}
}

// deepAwait goes n frames of about 512 bytes deep and yields there.
//
//go:noinline
func deepAwait(n int) int {
	var buf [480]byte
	buf[n%len(buf)] = byte(n)
	if n == 0 {
		Await(Sleep(0))
		return int(buf[0])
	}
	return deepAwait(n-1) + int(buf[n%len(buf)])
}

// One op: a task that yields from about 5 KiB deep, with 100 or 10000
// alive at once, as tasks running interpreted code are. Without the hint
// the stack grows two or three times, deep in the call; with it, once, at
// the task's start, and not at all when the loop reuses a goroutine whose
// stack grew for an earlier task (up to 1024 are kept).
func BenchmarkDeepTask(b *testing.B) {
	for _, alive := range []int{100, 10000} {
		for _, hint := range []int{0, 8 << 10} {
			b.Run(fmt.Sprintf("alive=%d/hint=%d", alive, hint), func(b *testing.B) {
				l := New(WithDebug(false), WithClock(RealClock()))
				defer l.Close()
				body := func() { deepAwait(9) }
				_, err := l.RunUntilComplete(Async(func() error {
					for done := 0; done < b.N; {
						batch := make([]Awaitable, min(alive, b.N-done))
						for i := range batch {
							batch[i] = Async(body).StackHint(hint)
						}
						if _, err := Await(Gather(batch...)); err != nil {
							return err
						}
						done += len(batch)
					}
					return nil
				}))
				if err != nil {
					b.Fatal(err)
				}
			})
		}
	}
}

// A task without a stack hint does not get a goroutine whose stack grew
// for an earlier task's hint (it would keep that stack while it runs and
// sleeps); a task with a hint does, and skips the growth.
func TestGrownGoroutineOnlyForHintedTasks(t *testing.T) {
	l := New(WithDebug(false))
	defer l.Close()
	goroutineOf := func(hint int) *coro {
		var co *coro
		c := Async(func() { co = CurrentTask().co })
		_, err := l.RunUntilComplete(c.StackHint(hint))
		if err != nil {
			t.Fatal(err)
		}
		return co
	}
	hinted := goroutineOf(16 << 10)
	if plain := goroutineOf(0); plain == hinted {
		t.Error("a task without a hint ran on the goroutine grown for a hinted one")
	}
	if again := goroutineOf(16 << 10); again != hinted {
		t.Error("a hinted task did not reuse the goroutine grown for the last one")
	}
}
