package repl

import (
	"io"
	"strings"
	"testing"
)

// TestRewriteErrorIsTheShells checks that a syntax error in the front
// end's rewriting of an input (which the front end parsed) is reported as
// the shell's internal error, not as the user's syntax error: that named
// the shell's own identifiers at a place with nothing wrong.
func TestRewriteErrorIsTheShells(t *testing.T) {
	s, err := NewSession(Config{Stdout: io.Discard, Stderr: io.Discard, Clock: "virtual"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = s.compile("input", "package main\nfunc f() { { var __v1 int = g(); x = __v1 }\nfunc main() {}\n", false)
	if err == nil {
		t.Fatal("compile of code that does not parse succeeded")
	}
	msg := s.compileError(nil, err).Error()
	for _, want := range []string{"internal error", "rewriting", "does not parse", "nothing of it ran"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not say %q", msg, want)
		}
	}
}
