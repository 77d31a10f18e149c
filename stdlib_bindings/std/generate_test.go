package std

import (
	"bytes"
	"go/importer"
	"go/token"
	"maps"
	"os"
	"slices"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/stdgen"
)

// TestGenerated checks that the tables are the installed toolchain's: the
// same release, the same packages, and, for a sample of packages (one with
// members left out on purpose, one that is all generic, one with the
// restricted names), the same files as go generate makes. The full check
// is go generate itself, which the CI runs (it takes minutes).
func TestGenerated(t *testing.T) {
	version, err := stdgen.GoVersion()
	if err != nil {
		t.Fatal(err)
	}
	if GoVersion != version {
		t.Fatalf("std: the tables are %s's and the toolchain is %s: run go generate ./stdlib_bindings/...", GoVersion, version)
	}
	paths, err := stdgen.Packages()
	if err != nil {
		t.Fatal(err)
	}
	// Every package but those left out, syscall included (it is left out
	// at run time on other platforms than linux/amd64).
	paths = slices.DeleteFunc(paths, func(p string) bool { return Unavailable[p] != "" && p != "syscall" })
	have := slices.Sorted(maps.Keys(names))
	if names["syscall"] == "" {
		have = append(have, "syscall")
		slices.Sort(have)
	}
	if !slices.Equal(have, paths) {
		t.Errorf("std: the tables' packages are not go list std's: run go generate ./stdlib_bindings/...\nhave %v\nwant %v", have, paths)
	}

	if testing.Short() {
		t.Skip("type-checks packages from source")
	}
	for _, path := range []string{"iter", "os", "syscall", "strings"} {
		name, want, err := stdgen.File(path)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("std: %v (run go generate ./stdlib_bindings/...)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("std: %s is stale or was edited: run go generate ./stdlib_bindings/...", name)
		}
	}
}

// TestAccounted checks, for a sample of packages, that every exported member
// of Go's package is accounted for: in the table (Has), or left out as
// generic or on purpose, so that a type checker that knows Go's API can
// say why the interpreter lacks a member.
func TestAccounted(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks packages from source")
	}
	imp := importer.ForCompiler(token.NewFileSet(), "source", nil)
	for _, path := range []string{"iter", "os", "runtime", "slices", "strings", "syscall"} {
		if Unavailable[path] != "" {
			continue // syscall, on other platforms than linux/amd64
		}
		pkg, err := imp.Import(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range pkg.Scope().Names() {
			if !pkg.Scope().Lookup(name).Exported() {
				continue
			}
			n := 0
			for _, ok := range []bool{Has(path, name), Generic(path, name), Excluded(path, name)} {
				if ok {
					n++
				}
			}
			if n != 1 {
				t.Errorf("std: %s.%s: Has %v, Generic %v, Excluded %v: want exactly one", path, name, Has(path, name), Generic(path, name), Excluded(path, name))
			}
		}
	}
}
