package loop_test

import (
	"testing"

	"github.com/asyncrepl/asyncrepl/loop"
)

// Micro-benchmarks of the hot paths, without the allocations of the
// peers' cases (no future, task or closure made per op): what the loop
// adds to the runtime's coroutine switches. A bare iter.Pull coroutine
// resumed and yielding back costs about 400 instructions; MicroYield
// about 700.

// One task yielding with Sleep(0): two coroutine switches and one loop
// iteration per op.
func BenchmarkMicroYield(b *testing.B) {
	l := benchLoop()
	defer l.Close()
	b.ResetTimer()
	_, err := l.RunUntilComplete(loop.Async(func() error {
		for range b.N {
			if _, err := loop.Await(loop.Sleep(0)); err != nil {
				return err
			}
		}
		return nil
	}))
	if err != nil {
		b.Fatal(err)
	}
}

// A task awaiting a future that a callback completes: two switches, two
// loop iterations per op.
func BenchmarkMicroAwaitFuture(b *testing.B) {
	l := benchLoop()
	defer l.Close()
	futs := make([]*loop.Future, b.N)
	sets := make([]func(), b.N)
	for i := range futs {
		f := l.CreateFuture()
		futs[i], sets[i] = f, func() { f.SetResult(nil) }
	}
	b.ResetTimer()
	_, err := l.RunUntilComplete(loop.Async(func() error {
		for i, f := range futs {
			l.CallSoon(sets[i])
			if _, err := loop.Await(f); err != nil {
				return err
			}
		}
		return nil
	}))
	if err != nil {
		b.Fatal(err)
	}
}
