package loop_test

import (
	"errors"
	"os"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/asyncrepl/asyncrepl/loop"
)

// A host that knows where its code returned an error (an interpreter
// that rewrites the returns it compiles, say) names the place for the
// warning about an error nobody retrieved.
func ExampleLoop_SetRaiseSite() {
	lg := logrus.New()
	lg.Out = os.Stdout
	lg.Formatter = &logrus.TextFormatter{DisableTimestamp: true}
	l := loop.New(loop.WithLogger(lg))

	notFound := errors.New("not found")
	l.SetRaiseSite(func(err error) string {
		if err == notFound {
			return "input 4, line 3:3" // recorded by the host as the code returned it
		}
		return ""
	})
	l.RunUntilComplete(loop.Async(func() error {
		l.CreateTask(loop.Async(func() error { return notFound }).Named("lookup", "input 4:1"))
		_, err := loop.Await(loop.Sleep(0))
		return err
	}))
	l.Close() // reports the error nobody retrieved
	// Output:
	// level=error msg="Task exception was never retrieved" error="not found" raised_at="input 4, line 3:3" task="Task(<lookup>)<FINISHED exception=not found>"
}

// A host flushes the collector-driven warnings when the loop has started
// watching something new, rather than on a timer.
func ExampleWatched() {
	lg := logrus.New()
	lg.Out = os.Stdout
	lg.Formatter = &logrus.TextFormatter{DisableTimestamp: true}
	l := loop.New(loop.WithLogger(lg))
	seen := loop.Watched()
	l.RunUntilComplete(loop.Async(func() {
		loop.Sleep(time.Second) // the bug: made, never awaited
	}))
	if loop.Watched() != seen {
		loop.FlushWarnings(time.Second)
	}
	l.Close()
	// Output:
	// level=warning msg="Coroutine 'sleep' was never awaited" coroutine=sleep
}
