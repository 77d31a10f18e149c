// Package hostrt is the host runtime of a session: the compiled functions
// that the code the front end lowers calls, as package __repl (imported
// from [Path]), and the state they share with the session that runs it.
//
// [Helpers.Exports] gives the interpreter these symbols; the front end writes
// calls to them by name (__repl.Result, __repl.BoundsIndex, ...). What they
// do, by group:
//
//   - Report to the session: an input's results and declarations (Result,
//     Decl), what a value's String or Error method says (Shown), where
//     interpreted code returned an error (Raise) or panicked (PanicAt).
//   - Run Go's semantics where the interpreter does not: errors.Is, As and
//     Unwrap with interpreted error types; fmt's and encoding/json's
//     treatment of interpreted types' methods (Fmt*, JSON*); comparison of
//     interfaces (SameValue, SameError); typed nils in interfaces; print and
//     println in the runtime's format; index and slice bounds checks whose
//     panics are Go's runtime.Error with Go's message; runtime.Goexit.
//   - os.Exit and log.Fatal: in a program (a script, -e) they end it from
//     any goroutine, task or callback, running no deferred calls, as in
//     Go; at the prompt they end the input with an error and the session
//     runs on.
//   - Tasks: coroutine functions of interpreted code run as tasks of the
//     session's loop, whose panics reach the loop in Go's words ([InGoWords])
//     with the user's frames.
//   - Safe points ([Safepoints]): the polls the front end inserts in loops
//     and functions, where the session's requests reach interpreted code:
//     stop (Ctrl-C, :cancel, a stack grown past its limit) or say where it
//     is (the watchdog's report of a stalled loop). A request names one task
//     or goroutine and is delivered to it only.
//
// A Helpers serves one session. Interpreted code calls the helpers from
// any goroutine it runs on: the loop's, its tasks', the goroutines it
// starts.
package hostrt

// Path is the import path under which the lowered code imports the host
// runtime (as __repl): one no package has, so that it cannot clash with a
// user's import. Helpers.Exports gives the symbols under Path+"/session".
const Path = "asyncrepl/session"

const (
	helperPath = Path
	loopPath   = "github.com/asyncrepl/asyncrepl/loop"
)
