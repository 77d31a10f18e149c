package std

import (
	"os"
	"strings"
	"testing"
)

// TestFindProcess: interpreted code cannot reach its own process, nor, in
// a supervised session's process, the shell's; other processes it can.
func TestFindProcess(t *testing.T) {
	tests := []struct {
		name  string
		child bool
		pid   int
		err   string // a part of the error; "" for none
	}{
		{"itself", false, os.Getpid(), "own process is refused"},
		{"itself, in a session's process", true, os.Getpid(), "own process is refused"},
		{"the shell, from a session's process", true, os.Getppid(), "the shell's process is refused"},
		{"its parent, from a script", false, os.Getppid(), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.child {
				t.Setenv(ChildEnv, "1")
			} else {
				t.Setenv(ChildEnv, "")
			}
			p, err := osFindProcess(tt.pid)
			switch {
			case tt.err == "" && err != nil:
				t.Fatalf("osFindProcess(%d): %v", tt.pid, err)
			case tt.err == "" && p.Pid != tt.pid:
				t.Fatalf("osFindProcess(%d) = pid %d", tt.pid, p.Pid)
			case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
				t.Fatalf("osFindProcess(%d): %v, want an error with %q", tt.pid, err, tt.err)
			}
		})
	}
}
