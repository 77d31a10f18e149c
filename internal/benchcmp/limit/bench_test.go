package limit_test

// The Go limit programs as benchmarks, under the case names of
// loop/bench_test.go: b.N is the case's N, ns/op reads like the loop's.
// BenchmarkSleepers has the loop's fixed shape instead: -sleepers tasks,
// run once, ns/op the wall time per task, with B/task and rss-B/task.

import (
	"flag"
	"syscall"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/internal/benchcmp/limit"
)

var sleepersN = flag.Int("sleepers", 200_000, "BenchmarkSleepers: coroutines asleep at once")

func BenchmarkCallSoon(b *testing.B) {
	if got := limit.CallSoon(b.N, b); got != b.N {
		b.Fatalf("ran %d callbacks, want %d", got, b.N)
	}
}

func BenchmarkCallSoonChain(b *testing.B) {
	if got := limit.CallSoonChain(b.N, b); got != b.N {
		b.Fatalf("ran %d callbacks, want %d", got, b.N)
	}
}

func BenchmarkCallSoonThreadsafe(b *testing.B) {
	if got := limit.CallSoonThreadsafe(b.N, b); got != b.N {
		b.Fatalf("ran %d callbacks, want %d", got, b.N)
	}
}

func BenchmarkCallSoonThreadsafeChan(b *testing.B) {
	if got := limit.CallSoonThreadsafeChan(b.N, b); got != b.N {
		b.Fatalf("ran %d callbacks, want %d", got, b.N)
	}
}

func BenchmarkTaskSpawnGather(b *testing.B) {
	if got := limit.TaskSpawnGather(b.N, b); len(got) != b.N {
		b.Fatalf("gathered %d results, want %d", len(got), b.N)
	}
}

func BenchmarkTaskSpawnGatherFresh(b *testing.B) {
	if got := limit.TaskSpawnGatherFresh(b.N, b); len(got) != b.N {
		b.Fatalf("gathered %d results, want %d", len(got), b.N)
	}
}

func BenchmarkSleep0Switch(b *testing.B) {
	if got, _ := limit.Sleep0Switch(b.N, b); got != b.N {
		b.Fatalf("%d switches, want %d", got, b.N)
	}
}

func BenchmarkQueuePingpong(b *testing.B) {
	if got := limit.QueuePingpong(b.N, b); got != b.N {
		b.Fatalf("%d round trips, want %d", got, b.N)
	}
}

func BenchmarkFuturePingpong(b *testing.B) {
	if got := limit.FuturePingpong(b.N, b); got != b.N {
		b.Fatalf("%d round trips, want %d", got, b.N)
	}
}

func BenchmarkCallLater(b *testing.B) {
	if got := limit.CallLater(b.N, b); got != b.N {
		b.Fatalf("ran %d timers, want %d", got, b.N)
	}
}

func BenchmarkSubmitRoundtrip(b *testing.B) {
	if got := limit.SubmitRoundtrip(b.N, b); got != b.N {
		b.Fatalf("%d round trips, want %d", got, b.N)
	}
}

// BenchmarkSleepers reports as loop's BenchmarkSleepers does: ns/op is the
// wall time of the whole case per task, B/task the runtime's peak growth
// per task, rss-B/task the process's peak resident set per task.
func BenchmarkSleepers(b *testing.B) {
	N := *sleepersN
	b.ResetTimer()
	res := limit.Sleepers(N, 500*time.Millisecond)
	b.StopTimer()
	if res.Woken != N {
		b.Fatalf("%d woke, want %d", res.Woken, N)
	}
	b.ReportMetric(float64(res.Elapsed.Nanoseconds())/float64(N), "ns/op")
	b.ReportMetric(float64(res.PeakBytes)/float64(N), "B/task")
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		b.ReportMetric(float64(ru.Maxrss)*1024/float64(N), "rss-B/task")
	}
	b.ReportMetric(float64(N), "tasks")
}
