package main_test

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
)

// TestGoVet builds loopvet and runs it under go vet -vettool on the
// packages of testdata (packages of this module, so that nothing is
// downloaded): one drops loop.Await's error, one does not.
func TestGoVet(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a command and runs go vet")
	}
	gotool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	bin := filepath.Join(t.TempDir(), "loopvet")
	build := exec.Command(gotool, "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	tests := []struct {
		pkg      string
		status   int
		wantOut  string // regexp
		wantLine int    // lines expected
	}{
		{"./testdata/dropped", 1, `(?m)^testdata[/\\]dropped[/\\]dropped\.go:14:3: loop\.Await's error dropped as a statement: a task that drops it swallows its cancellation .*check the error and return it$` +
			`\n(?m)^testdata[/\\]dropped[/\\]dropped\.go:20:2: loop\.Run's error dropped as a statement`, 2},
		{"./testdata/clean", 0, `^$`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.pkg, func(t *testing.T) {
			vet := exec.Command(gotool, "vet", "-vettool="+bin, tt.pkg)
			vet.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=readonly")
			out, err := vet.CombinedOutput()
			status := 0
			var exitErr *exec.ExitError
			if errors.As(err, &exitErr) {
				status = exitErr.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if status != tt.status {
				t.Errorf("exit status %d, want %d\n%s", status, tt.status, out)
			}
			if !regexp.MustCompile(tt.wantOut).Match(out) {
				t.Errorf("output does not match %s:\n%s", tt.wantOut, out)
			}
			if n := len(regexp.MustCompile(`(?m)^testdata.*\.go:\d+:\d+: `).FindAll(out, -1)); n != tt.wantLine {
				t.Errorf("%d diagnostics, want %d:\n%s", n, tt.wantLine, out)
			}
		})
	}
}
