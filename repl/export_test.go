package repl

import (
	"time"

	"github.com/asyncrepl/asyncrepl/internal/frontend"
)

// SetLoopPatience sets how long the session waits for its loop to take a
// request, and returns a function that restores the wait.
func SetLoopPatience(d time.Duration) (restore func()) {
	old := loopPatience.Swap(int64(d))
	return func() { loopPatience.Store(old) }
}

// SetStallAfter sets how long the loop may go without turning before the
// watchdog reports it, and returns a function that restores it.
func SetStallAfter(d time.Duration) (restore func()) {
	old := stallAfter.Swap(int64(d))
	return func() { stallAfter.Store(old) }
}

// SetWarnMax sets the longest the warnings held wait (for their
// repeats, or for the end of the input that runs), and returns a function
// that restores it.
func SetWarnMax(d time.Duration) (restore func()) {
	old := warnMax.Swap(int64(d))
	return func() { warnMax.Store(old) }
}

// SetWaitNoteAfter sets how long an input waits before its wait is named,
// and returns the function that restores it.
func SetWaitNoteAfter(d time.Duration) (restore func()) {
	old := waitNoteAfter.Swap(int64(d))
	return func() { waitNoteAfter.Store(old) }
}

// SetSafepoints turns the safe-point polls on or off for the inputs
// analysed next.
func SetSafepoints(on bool) { frontend.NoSafepoints.Store(!on) }
