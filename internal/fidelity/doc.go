// Package fidelity holds asyncrepl's differential suite: small programs of
// everyday Go, each run compiled (go build) and interpreted (asyncrepl's
// script mode), their outputs compared. It has no code of its own; its tests
// are the suite.
//
// # Layout
//
// testdata/CATEGORY/NAME.go is a program as a new user writes it, with a
// deterministic output. Next to it, NAME.out is its standard output when
// compiled, byte for byte, and NAME.exit its exit status when that is not 0.
// testdata/outcomes.txt records each program's outcome when interpreted:
//
//	exact    the same output and exit status as compiled
//	refused  an error naming a position, before the program printed anything
//	crash    the process died where the compiled program does not (a panic,
//	         a fatal error, a signal, another exit status), or an error
//	         that names no position in the program
//	hang     still running after the timeout
//	wrong    a different output or exit status where the interpreted run
//	         reports no failure of its own (its status is 0, or the compiled
//	         program's): a silently wrong answer, the worst outcome
//
// # The tests, and why they are split
//
// Building hundreds of programs takes minutes on a small machine, and their
// compiled output changes only when a program does, so the compiled side is
// checked in (the .out and .exit files) and verified by TestCompiled, which
// runs only with -compiled (.ci/run passes it): it writes every program as a
// package of one temporary module that points at this one, builds them all
// with a single `go build -o DIR ./...` (one go command, the build cache
// shared, packages compiled in parallel), runs each binary and compares.
// With -update it rewrites the .out and .exit files instead.
//
// TestDifferential is the everyday test: it runs every program interpreted,
// each in a child process (this test binary run again, as the asyncrepl
// command would run the file), so that a fatal error or a hang of the
// interpreter costs one outcome, never the test process, and compares the
// outcome with outcomes.txt. It fails on any change: worse than recorded, or
// better and not recorded. With -v it prints the counts per outcome and
// category (also printed when it fails), and each program's difference from
// the compiled run when it is not exact. It takes about half a minute; -short
// and -race skip it (the interpreter's own races would be reported as
// crashes of the programs).
//
// # Re-recording
//
// After a change to the interpreter or its front end, re-record the
// interpreted outcomes with one command:
//
//	go test ./internal/fidelity -run TestDifferential -update
//
// After adding or changing a program, record its compiled output first:
//
//	go test ./internal/fidelity -run TestCompiled -compiled -update
//	go test ./internal/fidelity -run TestDifferential -update
package fidelity
