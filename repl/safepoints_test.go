package repl_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/repl"
)

func TestInterruptHolder(t *testing.T) {
	defer repl.SetStallAfter(50 * time.Millisecond)()
	s, out, errs := newSession(t, repl.Config{Clock: "real"})
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for !strings.Contains(errs.String(), "has not turned") {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	err := s.Run(ctx, `t := loop.CreateTask(loop.Async(func() { n := 0; for { n++ } }))`)
	t.Log(err, out.String(), errs.String())
	s.Run(context.Background(), "t.Cancelled()")
	t.Log(err, out.String(), errs.String())
}
