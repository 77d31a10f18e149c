package fidelity_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testenv"
)

// TestCompiled builds every program with one go command and checks each
// binary's output and exit status against the recorded ones (with -update,
// records them). It runs only with -compiled: see the package doc.
func TestCompiled(t *testing.T) {
	if !*compiled {
		t.Skip("builds every program (minutes); run with -compiled")
	}
	list := programs(t)
	bins := buildAll(t, list)
	for _, p := range list {
		t.Run(p.Name, func(t *testing.T) {
			t.Parallel()
			stdout, exit := runCompiled(t, filepath.Join(bins, binName(p)))
			if *update {
				if err := os.WriteFile(p.base()+".out", stdout, 0o644); err != nil {
					t.Fatal(err)
				}
				os.Remove(p.base() + ".exit")
				if exit != 0 {
					if err := os.WriteFile(p.base()+".exit", []byte(strconv.Itoa(exit)+"\n"), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				return
			}
			if !bytes.Equal(stdout, p.Want) || exit != p.WantExit {
				t.Errorf("%s compiled: exit %d, output:\n%s\nrecorded: exit %d, output:\n%s\n(re-record with -compiled -update)", p.Path, exit, stdout, p.WantExit, p.Want)
			}
		})
	}
}

func binName(p program) string { return strings.ReplaceAll(p.Name, "/", "_") }

// buildAll writes every program as a main package of a temporary module
// that requires this one (through a replace directive, for the loop
// package) and builds them all with one go build.
func buildAll(t *testing.T, list []program) string {
	goTool := testenv.GoToolPath(t)
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	mod := t.TempDir()
	gomod := fmt.Sprintf("module fidelity.example\n\ngo 1.26\n\nrequire github.com/asyncrepl/asyncrepl v0.0.0\n\nreplace github.com/asyncrepl/asyncrepl => %s\n", root)
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte(gomod), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(mod, "go.sum"), sum, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range list {
		src, err := os.ReadFile(p.Path)
		if err != nil {
			t.Fatal(err)
		}
		dir := filepath.Join(mod, binName(p))
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "main.go"), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bins := t.TempDir()
	cmd := exec.Command(goTool, "build", "-mod=mod", "-o", bins+string(filepath.Separator), "./...")
	cmd.Dir = mod
	cmd.Env = append(cleanEnv(), "GOFLAGS=", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bins
}

// runCompiled runs a compiled program under the virtual clock and returns
// its standard output and exit status.
func runCompiled(t *testing.T, bin string) ([]byte, int) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin)
	cmd.Env = cleanEnv()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return stdout.Bytes(), 0
	case errors.As(err, &ee) && ee.ExitCode() > 0:
		return stdout.Bytes(), ee.ExitCode()
	}
	t.Fatalf("%s: %v\n%s", bin, err, stderr.Bytes())
	return nil, 0
}
