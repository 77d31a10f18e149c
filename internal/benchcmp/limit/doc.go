// Package limit holds the "Go limit" programs of the peer benchmark: for
// each case of asyncio_peer.py, the same work done by bare Go, with no
// event loop around it, so that the loop package's figure for the case can
// be read against what Go itself costs on the same machine.
//
// Each program does the case's observable work and no less: the same N,
// the same switches between coroutines (iter.Pull, the primitive the loop's
// tasks run on) or goroutines, the same values allocated and handed over,
// the same results gathered, the same real clock for timers. What it leaves
// out is the event loop's bookkeeping: handles that can be cancelled,
// futures with callbacks, task objects, ordering guarantees beyond what the
// case needs, debug checks. Its time is therefore a floor for the case
// (what Go cannot do faster with the same primitives), not a target to
// reach exactly; the comparison asks the loop to come within 1.5 times it.
//
// The benchmarks in bench_test.go run these programs under the case names
// of loop/bench_test.go (BenchmarkCallSoon, ...), with b.N as the case's N,
// so that internal/benchcmp runs both test binaries the same way. The
// programs take a Timer (a *testing.B) to mark the measured part as the
// loop's benchmarks do: the clock starts before the work is queued and
// stops when it has all run.
package limit

// A Timer marks the measured part of a program: *testing.B is one, and
// NoTimer is one that does nothing.
type Timer interface {
	ResetTimer()
	StopTimer()
}

// NoTimer is a Timer that measures nothing, for running a program outside
// a benchmark.
var NoTimer Timer = noTimer{}

type noTimer struct{}

func (noTimer) ResetTimer() {}
func (noTimer) StopTimer()  {}
