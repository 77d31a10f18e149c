//go:build race

package repl_test

// raceEnabled: the race detector is on. Three things race inside yaegi v0.16.1
// itself, so their tests do not run under -race:
//
//   - a hard stop: on cancellation ExecuteWithContext (interp/program.go)
//     returns at once, writing its named results, while the goroutine it
//     started keeps running the code and writes the same results when the
//     code unwinds; that goroutine also still writes the interpreter's
//     frames. Waiting for it before the next input would not help (the
//     racing writes are yaegi's own, in one call), and the interpreter's
//     stop is unexported, so the session cannot run the code on a
//     goroutine it can wait for and still stop it;
//   - interpreted goroutines running (a panic unwinding, say) while the next
//     input compiles (yaegi issue #140): compiling writes the interpreter's
//     scopes that running code reads;
//   - an interpreted goroutine starting its function while the function
//     that started it makes the next closure: both touch the frame they
//     share.
const raceEnabled = true
