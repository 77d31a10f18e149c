package limit_test

import (
	"testing"
	"testing/synctest"
	"time"

	"github.com/asyncrepl/asyncrepl/internal/benchcmp/limit"
)

// Each program does its case's work: every callback run, every result
// gathered, every round trip made, whatever n is (n%10 != 0 included).
// call_later's timers run on the bubble's clock.
func TestPrograms(t *testing.T) {
	synctest.Test(t, testPrograms)
}

func testPrograms(t *testing.T) {
	for _, n := range []int{1, 7, 10, 1003} {
		for _, tc := range []struct {
			name string
			run  func(n int) int
		}{
			{"call_soon", func(n int) int { return limit.CallSoon(n, limit.NoTimer) }},
			{"call_soon_chain", func(n int) int { return limit.CallSoonChain(n, limit.NoTimer) }},
			{"call_soon_threadsafe", func(n int) int { return limit.CallSoonThreadsafe(n, limit.NoTimer) }},
			{"call_soon_threadsafe/chan", func(n int) int { return limit.CallSoonThreadsafeChan(n, limit.NoTimer) }},
			{"queue_pingpong", func(n int) int { return limit.QueuePingpong(n, limit.NoTimer) }},
			{"future_pingpong", func(n int) int { return limit.FuturePingpong(n, limit.NoTimer) }},
			{"call_later", func(n int) int { return limit.CallLater(n, limit.NoTimer) }},
			{"submit_roundtrip", func(n int) int { return limit.SubmitRoundtrip(n, limit.NoTimer) }},
			{"sleep0_switch", func(n int) int { s, _ := limit.Sleep0Switch(n, limit.NoTimer); return s }},
		} {
			if got := tc.run(n); got != n {
				t.Errorf("%s(%d) did %d, want %d", tc.name, n, got, n)
			}
		}
	}
}

func TestSleep0SwitchFinishes(t *testing.T) {
	for n, want := range map[int]int{1: 1, 10: 1, 25: 3, 1000: 100} {
		if s, f := limit.Sleep0Switch(n, limit.NoTimer); s != n || f != want {
			t.Errorf("Sleep0Switch(%d) = %d switches, %d finished; want %d, %d", n, s, f, n, want)
		}
	}
}

func TestTaskSpawnGather(t *testing.T) {
	for name, run := range map[string]func(int, limit.Timer) []any{
		"reused": limit.TaskSpawnGather, "fresh": limit.TaskSpawnGatherFresh,
	} {
		res := run(1000, limit.NoTimer)
		if len(res) != 1000 {
			t.Fatalf("%s: %d results, want 1000", name, len(res))
		}
		for i, v := range res {
			if v != 1 {
				t.Fatalf("%s: result %d is %v, want 1", name, i, v)
			}
		}
	}
}

// Sleepers wakes every coroutine after its sleep (on the bubble's clock),
// and counts their stacks in its peak.
func TestSleepers(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const n = 1000
		res := limit.Sleepers(n, time.Minute)
		if res.Woken != n {
			t.Errorf("%d woke, want %d", res.Woken, n)
		}
		if res.Elapsed != time.Minute {
			t.Errorf("all woke after %v, want a minute", res.Elapsed)
		}
		if res.PeakBytes < n*2048 {
			t.Errorf("peak growth %d B for %d sleeping goroutines: under a 2 KiB stack each", res.PeakBytes, n)
		}
	})
}
