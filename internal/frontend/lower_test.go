package frontend

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

var updateLower = flag.Bool("update-lower", false, "rewrite the golden files of the lowering passes (testdata/lower/*/*.golden)")

// lowerPrograms returns the programs of testdata/lower: each a Go program
// in the directory of the pass it tests, ending in an // Output: block.
func lowerPrograms(t *testing.T) []string {
	files, err := filepath.Glob("testdata/lower/*/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("lowering programs: %v %v", files, err)
	}
	return files
}

var lineDirective = regexp.MustCompile(`/\*line [^*]*\*/`)

// TestLowerGolden checks the code the front end hands the interpreter for
// each program of testdata/lower against its .golden file (line directives
// left out); go test -run TestLowerGolden -update-lower rewrites them.
func TestLowerGolden(t *testing.T) {
	for _, file := range lowerPrograms(t) {
		t.Run(strings.TrimSuffix(file[len("testdata/lower/"):], ".go"), func(t *testing.T) {
			text, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			fe := NewFrontEnd(map[string]string{}, nil)
			src := gosrc.NewSource(filepath.Base(file), 0, string(text))
			p, err := fe.Analyse(src, gosrc.Segment{Kind: gosrc.SegFile, To: len(text), Last: true}, ModeScript)
			if err != nil {
				t.Fatal(err)
			}
			// The golden files show the safe-point poll's usual form,
			// whichever this build takes.
			got := strings.ReplaceAll(lineDirective.ReplaceAllString(p.Code, ""), PollCondFor(true), PollCondFor(false))
			golden := strings.TrimSuffix(file, ".go") + ".golden"
			if *updateLower {
				if err := os.WriteFile(golden, []byte(got), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("lowered code:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// trimLines drops the spaces that end lines: gofmt drops them from the
// // Output: blocks.
func trimLines(s string) string {
	return regexp.MustCompile(`(?m)[ \t]+$`).ReplaceAllString(s, "")
}

// wantOutput returns the // Output: block of a program.
func wantOutput(t *testing.T, text string) string {
	_, block, ok := strings.Cut(text, "\n// Output:\n")
	if !ok {
		t.Fatal("no // Output: block")
	}
	var b strings.Builder
	for line := range strings.Lines(block) {
		line = strings.TrimPrefix(strings.TrimPrefix(line, "//"), " ")
		b.WriteString(line)
	}
	return b.String()
}

// TestLowerCompiled checks that the // Output: blocks of testdata/lower
// are what the programs print compiled.
func TestLowerCompiled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every program")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	version, err := exec.Command(goTool, "env", "GOVERSION").Output()
	if err != nil {
		t.Fatalf("go env GOVERSION: %v", err)
	}
	dir := t.TempDir()
	cache := compiledOutputs(t)
	for _, file := range lowerPrograms(t) {
		t.Run(strings.TrimSuffix(file[len("testdata/lower/"):], ".go"), func(t *testing.T) {
			text, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			// What a program printed is kept by its text and the Go
			// version that built it: the same text prints the same, and
			// only a program changed since is built again.
			key := fmt.Sprintf("%x", sha256.Sum256(append(append([]byte{}, version...), text...)))
			got, err := os.ReadFile(filepath.Join(cache, key))
			if err != nil {
				bin := filepath.Join(dir, strings.ReplaceAll(strings.TrimSuffix(file, ".go"), "/", "_"))
				if out, err := exec.Command(goTool, "build", "-o", bin, file).CombinedOutput(); err != nil {
					t.Fatalf("go build: %v\n%s", err, out)
				}
				var out bytes.Buffer
				cmd := exec.Command(bin)
				cmd.Stdout = &out
				if err := cmd.Run(); err != nil {
					t.Fatalf("go run: %v", err)
				}
				got = out.Bytes()
				if cache != "" {
					os.WriteFile(filepath.Join(cache, key), got, 0o644) //nolint:errcheck // a cache: built again next time
				}
			}
			if got, want := trimLines(string(got)), wantOutput(t, string(text)); got != want {
				t.Errorf("compiled, it printed\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// compiledOutputs returns the directory that keeps what the programs of
// testdata/lower printed compiled, by their text and Go's version, or ""
// if there is none: the user's cache directory, as the go command's own.
func compiledOutputs(t *testing.T) string {
	base, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	dir := filepath.Join(base, "asyncrepl", "lower-compiled")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Logf("no cache of compiled outputs: %v", err)
		return ""
	}
	return dir
}
