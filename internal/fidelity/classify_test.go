package fidelity_test

import "testing"

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		name     string
		r        run
		want     string
		wantExit int
		outcome  string
	}{
		{name: "same", r: run{stdout: []byte("1\n")}, want: "1\n", outcome: exact},
		{name: "same exit", r: run{stdout: []byte("x\n"), exit: 3}, want: "x\n", wantExit: 3, outcome: exact},
		{name: "panic exit 2", r: run{stdout: []byte("x\n"), exit: 2, stderr: []byte("p.go:3:1: panic: boom\n")}, want: "x\n", wantExit: 2, outcome: exact},
		{name: "panic exit 1 for 2", r: run{stdout: []byte("x\n"), exit: 1, stderr: []byte("p.go:3:1: panic: boom\n")}, want: "x\n", wantExit: 2, outcome: crash},
		{name: "exit 1 for 2, no panic", r: run{stdout: []byte("x\n"), exit: 1}, want: "x\n", wantExit: 2, outcome: crash},
		{name: "different output", r: run{stdout: []byte("2\n")}, want: "1\n", outcome: wrong},
		{name: "os.Exit lost", r: run{stdout: []byte("x\n")}, want: "x\n", wantExit: 3, outcome: wrong},
		{name: "uncaught panic lost", r: run{stdout: []byte("x\n")}, want: "x\n", wantExit: 2, outcome: wrong},
		{name: "refused", r: run{exit: 1, stderr: []byte("p.go:4:9: undefined: slices.Max\n")}, want: "1\n", outcome: refused},
		{name: "error without a position", r: run{exit: 1, stderr: []byte("43:24: undefined type for K\n")}, want: "1\n", outcome: crash},
		{name: "panic before output", r: run{exit: 1, stderr: []byte("p.go:4:9: panic: errors: *target must be interface\n")}, want: "1\n", outcome: crash},
		{name: "panic after output", r: run{stdout: []byte("1\n"), exit: 1, stderr: []byte("p.go:4:9: panic: x\n")}, want: "1\n2\n", outcome: crash},
		{name: "fatal error", r: run{exit: 2, stderr: []byte("p.go:1:1: x\n\ngoroutine 1 [running]:\n")}, want: "1\n", outcome: crash},
		{name: "signal", r: run{exit: -1}, want: "", outcome: crash},
		{name: "timeout", r: run{timedOut: true, stdout: []byte("1\n")}, want: "1\n", outcome: hang},
	} {
		if got := classify(tc.r, []byte(tc.want), tc.wantExit); got != tc.outcome {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.outcome)
		}
	}
}
