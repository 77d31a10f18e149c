package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

// result is what one interpreted run left.
type result struct {
	Combined []byte // standard output and error, interleaved as written
	Stderr   []byte // standard error alone
	Exit     int    // exit status; -1 when a signal ended the process
	Signal   string // the signal that ended it, if one did
	TimedOut bool
}

// Outcome kinds, from best to worst for a user.
const (
	pass    = "pass"
	refused = "refused" // an error naming a position, before any output
	failed  = "error"   // an error (a panic, a message) after it ran, where Go runs cleanly
	wrong   = "wrong"   // exit status 0 but different output: silently wrong
	crash   = "crash"   // the interpreter process died (signal, fatal error, Go panic)
	timeout = "timeout"
)

// verdict is a run's outcome and the class of failure it belongs to.
type verdict struct {
	Kind  string
	Class string // for failures: Kind and a normalized message
}

// positioned is an error line of asyncrepl's: FILE:LINE:COL: message.
var positioned = regexp.MustCompile(`^\S+\.go:\d+:\d+: (.*)$`)

// judge compares a run with the test's expectation (exit status 0 and the
// combined output equal to want, as Go's runner requires) and classifies it.
func judge(r result, want []byte) verdict {
	got := bytes.ReplaceAll(r.Combined, []byte("\r\n"), []byte("\n"))
	switch {
	case r.TimedOut:
		return verdict{Kind: timeout, Class: timeout}
	case r.Exit == 0 && bytes.Equal(got, want):
		return verdict{Kind: pass}
	case r.Signal != "":
		return verdict{Kind: crash, Class: "crash: signal " + r.Signal}
	case r.Exit == 0:
		return verdict{Kind: wrong, Class: "wrong output (exit status 0)"}
	}
	stderr := string(r.Stderr)
	for _, line := range strings.Split(stderr, "\n") {
		switch {
		case strings.HasPrefix(line, "fatal error: "):
			return verdict{Kind: crash, Class: "crash: " + normalize(line)}
		case strings.HasPrefix(line, "panic: ") && strings.Contains(stderr, "\ngoroutine "):
			return verdict{Kind: crash, Class: "crash: " + normalize(line)}
		}
	}
	for _, line := range strings.Split(stderr, "\n") {
		m := positioned.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		msg := normalize(m[1])
		if strings.HasPrefix(m[1], "panic: ") || len(bytes.TrimSpace(got)) > len(bytes.TrimSpace(r.Stderr)) {
			return verdict{Kind: failed, Class: failed + ": " + msg}
		}
		return verdict{Kind: refused, Class: refused + ": " + msg}
	}
	first, _, _ := strings.Cut(strings.TrimSpace(stderr), "\n")
	if first == "" {
		return verdict{Kind: failed, Class: fmt.Sprintf("%s: exit status %d, no message", failed, r.Exit)}
	}
	return verdict{Kind: failed, Class: failed + ": " + normalize(first)}
}

var (
	quoted        = regexp.MustCompile(`"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'` + "|`[^`]*`")
	numbers       = regexp.MustCompile(`\b0x[0-9a-fA-F]+\b|\b\d+(\.\d+)?\b`)
	position      = regexp.MustCompile(`\S+\.go:\d+(:\d+)?`)
	missingImport = regexp.MustCompile(`^import ("[^"]+") error: unable to find source`)
	named         = regexp.MustCompile(`^(undefined|undefined type|unknown field|missing method|cannot use|invalid operation|not enough arguments|too many arguments): .*$`)
)

// normalize makes a message a class: quoted text, numbers and positions
// become placeholders, and for messages that name the user's identifiers
// (undefined: x) only the kind of message is kept.
func normalize(msg string) string {
	if m := missingImport.FindStringSubmatch(msg); m != nil {
		return "import " + m[1] + ": package not available to the interpreter"
	}
	msg = position.ReplaceAllString(msg, "FILE:N")
	msg = quoted.ReplaceAllString(msg, `"…"`)
	msg = numbers.ReplaceAllString(msg, "N")
	msg = named.ReplaceAllString(msg, "$1: …")
	if len(msg) > 90 {
		msg = msg[:90] + "…"
	}
	return msg
}
