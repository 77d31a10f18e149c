package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// goEnvForScripts gives the scripts' go command (asyncrepl vet loads
// packages with it) the build and module caches of the test's, and no
// network: what it needs is in the module cache already.
func goEnvForScripts(env *testscript.Env) error {
	out, err := exec.Command("go", "env", "GOCACHE", "GOMODCACHE").Output()
	if err != nil {
		return err
	}
	vars := strings.Split(strings.TrimSpace(string(out)), "\n")
	env.Setenv("GOCACHE", vars[0])
	env.Setenv("GOMODCACHE", vars[1])
	env.Setenv("GOPROXY", "off")
	env.Setenv("GOTOOLCHAIN", "local")
	env.Setenv("GOFLAGS", "-mod=readonly")
	return nil
}

// cmdUseModule is the script command `usemodule`: it makes the work
// directory a module (example.com/m) that uses this one from its source
// tree, with this module's requirements and go.sum, so that its code can
// import the loop package offline.
func cmdUseModule(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) > 0 {
		ts.Fatalf("usage: usemodule")
	}
	root, err := os.Getwd() // the test runs in this module's root
	ts.Check(err)
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	ts.Check(err)
	gosum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	ts.Check(err)
	var b strings.Builder
	b.WriteString("module example.com/m\n\ngo 1.26.0\n\nrequire github.com/asyncrepl/asyncrepl v0.0.0\n\n")
	b.WriteString("replace github.com/asyncrepl/asyncrepl => " + root + "\n\n")
	// This module's own requirements, for the packages it imports.
	if i := strings.Index(string(gomod), "require"); i >= 0 {
		b.WriteString(string(gomod[i:]))
	}
	ts.Check(os.WriteFile(ts.MkAbs("go.mod"), []byte(b.String()), 0o666))
	ts.Check(os.WriteFile(ts.MkAbs("go.sum"), gosum, 0o666))
}

// TestVetExamples runs asyncrepl vet on the examples, scripts/*.go (the
// programs, built only when named, and the files of package scripts): only
// chain_bug.go, the bug of its lesson, drops an error; its fixes and the
// other examples check every one.
func TestVetExamples(t *testing.T) {
	files, err := filepath.Glob("scripts/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("scripts/*.go: %v %v", files, err)
	}
	code, out, errOut := runCmd(t, cmdVet, files...)
	if code != 1 || errOut != "" {
		t.Errorf("exit status %d, stderr %q; want 1 and nothing", code, errOut)
	}
	want := `^scripts[/\\]chain_bug\.go:60:3: loop\.Await's error dropped as a statement: [^\n]*\n$`
	if !regexp.MustCompile(want).MatchString(out) {
		t.Errorf("stdout:\n%s\nwant one line matching %s", out, want)
	}
}

// TestVetStaleModule: in a module whose go.mod the go command wants
// updated before it lists anything, vet says so, with the go command's
// words, and exits 2; it used to find no package and exit 0, silent.
func TestVetStaleModule(t *testing.T) {
	root, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	gomod := "module example.com/stale\n\ngo 1.26.0\n\nrequire github.com/asyncrepl/asyncrepl v0.0.0\n\nreplace github.com/asyncrepl/asyncrepl => " + root + "\n"
	prog := "package main\n\nimport \"github.com/asyncrepl/asyncrepl/loop\"\n\nfunc main() { loop.Run(loop.Sleep(0)) }\n"
	gosum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{"go.mod": gomod, "go.sum": string(gosum), "main.go": prog} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	t.Setenv("GOFLAGS", "-mod=readonly")
	t.Setenv("GOPROXY", "off")
	code, out, errOut := runCmd(t, cmdVet, ".")
	if code != 2 || out != "" || !strings.Contains(errOut, "asyncrepl vet: ") || !strings.Contains(errOut, "go.mod") {
		t.Errorf("exit status %d, stdout %q, stderr %q; want 2, nothing, and the go command's message about go.mod", code, out, errOut)
	}
}
