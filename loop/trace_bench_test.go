package loop_test

import (
	"testing"

	"github.com/asyncrepl/asyncrepl/loop"
)

// BenchmarkTracedSwitch: what tracing costs a task's switch to the loop
// and back (Sleep(0)): with nothing on (as every other benchmark runs),
// with a Tracer that does nothing (the loop's own bookkeeping), with the
// Trace recorder (reset as it fills), and with pprof labels on. The
// existing benchmarks, compared before and after tracing was added, show
// the cost of the "off" case itself.
func BenchmarkTracedSwitch(b *testing.B) {
	rec := loop.NewTrace()
	cases := []struct {
		name string
		opts []loop.Option
	}{
		{"off", nil},
		{"tracer", []loop.Option{loop.WithTracer(tracerFunc(func(loop.TraceEvent) {}))}},
		{"trace", []loop.Option{loop.WithTracer(tracerFunc(func(ev loop.TraceEvent) {
			if n, _ := rec.Len(); n >= loop.DefaultTraceLimit {
				rec.Reset()
			}
			rec.TraceEvent(ev)
		}))}},
		{"labels", []loop.Option{loop.WithProfileLabels(true)}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			l := loop.New(append([]loop.Option{loop.WithDebug(false), loop.WithClock(loop.RealClock())}, c.opts...)...)
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
			b.StopTimer()
			if err != nil {
				b.Fatal(err)
			}
		})
	}
}
