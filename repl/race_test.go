//go:build race

package repl_test

// raceEnabled: the race detector is on. Two things race inside yaegi v0.16.1,
// so their tests do not run under -race: a hard stop (ExecuteWithContext
// returns on cancellation without waiting for the goroutine running the code,
// which still writes the interpreter's state as it unwinds), and interpreted
// goroutines running (a panic unwinding, say) while the next input compiles
// (yaegi issue #140).
const raceEnabled = true
