package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/scripts"
)

// These tests call the sub-commands in-process and one at a time: a script
// run points logrus's standard logger and the default loop at itself.

func runCmd(t *testing.T, cmd func([]string, io.Writer, io.Writer) int, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = cmd(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestCmdExamples(t *testing.T) {
	code, out, errOut := runCmd(t, cmdExamples)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	lines := strings.Split(out, "\n")
	list := scripts.List()
	if len(lines) < len(list) {
		t.Fatalf("%d lines for %d examples:\n%s", len(lines), len(list), out)
	}
	for i, e := range list {
		if !regexp.MustCompile(`^` + e.Name + ` +` + regexp.QuoteMeta(e.Summary) + `$`).MatchString(lines[i]) {
			t.Errorf("line %d = %q; want %s and its summary", i+1, lines[i], e.Name)
		}
	}
	if !strings.Contains(out, "asyncrepl example NAME") {
		t.Errorf("no hint on what to do next:\n%s", out)
	}

	if code, _, errOut := runCmd(t, cmdExamples, "extra"); code != 2 || !strings.Contains(errOut, "usage: asyncrepl examples") {
		t.Errorf("examples extra: exit %d, stderr %q", code, errOut)
	}
	if code, _, errOut := runCmd(t, cmdExamples, "-h"); code != 0 || !strings.Contains(errOut, "usage: asyncrepl examples") {
		t.Errorf("examples -h: exit %d, stderr %q", code, errOut)
	}
}

func TestCmdExample(t *testing.T) {
	src, err := scripts.Source("chain_bug")
	if err != nil {
		t.Fatal(err)
	}
	want, err := scripts.ParseExpectations(src)
	if err != nil {
		t.Fatal(err)
	}

	code, out, errOut := runCmd(t, cmdExample, "-clock=virtual", "chain_bug")
	if code != 0 {
		t.Fatalf("exit %d; stderr:\n%s", code, errOut)
	}
	header := "==> scripts/chain_bug.go\n" + string(src) + "==> asyncrepl scripts/chain_bug.go\n"
	if !strings.HasPrefix(out, header) {
		t.Fatalf("stdout does not start with the source:\n%s", out)
	}
	if err := want.Check([]byte(strings.TrimPrefix(out, header)), []byte(errOut)); err != nil {
		t.Errorf("the run:\n%v", err)
	}

	// -q: the run alone; a path finds the example too.
	code, out, errOut = runCmd(t, cmdExample, "-q", "-clock=virtual", "scripts/chain_fixed_await.go")
	if code != 0 || out != "(1) create file\n(2) write into file\n(3) close file\nPending tasks at exit: []\n" || errOut != "" {
		t.Errorf("-q: exit %d, stdout %q, stderr %q", code, out, errOut)
	}

	for _, tc := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"nosuch"}, 1, `no example named "nosuch"; asyncrepl examples lists them`},
		{nil, 2, "usage: asyncrepl example"},
		{[]string{"a", "b"}, 2, "usage: asyncrepl example"},
		{[]string{"-clock=fast", "chain_bug"}, 2, `unknown clock "fast"`},
		{[]string{"-nosuchflag", "chain_bug"}, 2, "flag provided but not defined"},
	} {
		code, out, errOut := runCmd(t, cmdExample, tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.stderr) || out != "" {
			t.Errorf("example %q: exit %d, stdout %q, stderr %q; want exit %d and %q", tc.args, code, out, errOut, tc.code, tc.stderr)
		}
	}
}

// writeScripts makes a directory of scripts for asyncrepl test.
func writeScripts(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const passScript = `package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

func main() {
	l := loop.Get()
	l.RunUntilComplete(loop.Sleep(time.Hour)) // no time at all on the virtual clock
	fmt.Println("slept an hour")
	l.Close()
}

// Output:
// slept an hour
`

func TestCmdTestPass(t *testing.T) {
	dir := writeScripts(t, map[string]string{
		"pass.go":     passScript,
		"warn.go":     "package main\n\nimport (\n\t\"fmt\"\n\t\"log\"\n)\n\nfunc main() {\n\tlog.SetFlags(0)\n\tfmt.Println(\"out\")\n\tlog.Print(\"WARNING: something 42\")\n}\n\n// Output:\n// out\n\n// Stderr:\n// ^WARNING: something [0-9]+$\n",
		"nooutput.go": "package main\n\nfunc main() {}\n",
		"lib.go":      "package other\n",
		"x_test.go":   "package main\n",
		"notes.txt":   "// Output:\n",
	})
	code, out, errOut := runCmd(t, cmdTest, dir)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q, stdout:\n%s", code, errOut, out)
	}
	want := regexp.MustCompile(`^\?    \S+/nooutput\.go \[no // Output: block\]
ok   \S+/pass\.go \([0-9.]+s\)
ok   \S+/warn\.go \([0-9.]+s\)
PASS: 2 scripts, 1 without an // Output: block \([0-9.]+s\)
$`)
	if !want.MatchString(out) {
		t.Errorf("stdout:\n%s", out)
	}

	// A file named explicitly must have an Output block.
	code, out, _ = runCmd(t, cmdTest, filepath.Join(dir, "nooutput.go"))
	if code != 1 || !strings.Contains(out, "FAIL "+filepath.Join(dir, "nooutput.go")) || !strings.Contains(out, "no // Output: block") {
		t.Errorf("explicit file without Output: exit %d, stdout:\n%s", code, out)
	}

	// -v shows the output of passing scripts; -run picks scripts.
	code, out, _ = runCmd(t, cmdTest, "-v", "-run", "warn", dir)
	if code != 0 || !strings.Contains(out, "ok   "+filepath.Join(dir, "warn.go")) || !strings.Contains(out, "    out\n    stderr:\n    WARNING: something 42\n") || strings.Contains(out, "pass.go") {
		t.Errorf("-v -run warn: exit %d, stdout:\n%s", code, out)
	}
}

func TestCmdTestFail(t *testing.T) {
	dir := writeScripts(t, map[string]string{
		"a_pass.go":     passScript,
		"b_diff.go":     "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"one\")\n\tfmt.Println(\"three\")\n}\n\n// Output:\n// one\n// two\n",
		"c_stderr.go":   "package main\n\nimport (\n\t\"fmt\"\n\t\"log\"\n)\n\nfunc main() {\n\tlog.SetFlags(0)\n\tfmt.Println(\"x\")\n\tlog.Print(\"oops\")\n}\n\n// Output:\n// x\n",
		"d_pattern.go":  "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"x\")\n}\n\n// Output:\n// x\n\n// Stderr:\n// expected warning\n",
		"e_compile.go":  "package main\n\nfunc main() {\n\tundefinedThing()\n}\n\n// Output:\n",
		"f_badblock.go": "package main\n\nfunc main() {}\n\n// Output:\n\n// Stderr:\n// (unclosed\n",
	})
	code, out, errOut := runCmd(t, cmdTest, dir)
	if code != 1 || errOut != "" {
		t.Fatalf("exit %d, stderr %q, stdout:\n%s", code, errOut, out)
	}
	for _, want := range []string{
		"ok   " + filepath.Join(dir, "a_pass.go") + " (",
		"FAIL " + filepath.Join(dir, "b_diff.go") + " (",
		"    scripts: stdout differs from the // Output: block (line 10):\n    --- want\n    +++ got\n    @@ -1,2 +1,2 @@\n     one\n    -two\n    +three\n",
		"FAIL " + filepath.Join(dir, "c_stderr.go") + " (",
		"    scripts: unexpected stderr (the script has no // Stderr: block):\n    \t| oops\n",
		"FAIL " + filepath.Join(dir, "d_pattern.go") + " (",
		"    scripts: stderr is empty; pattern 1 of the // Stderr: block (line 13) wants a line matching\n    \texpected warning\n",
		"FAIL " + filepath.Join(dir, "e_compile.go") + " (",
		"undefinedThing",
		"(exit status 1)",
		"FAIL " + filepath.Join(dir, "f_badblock.go") + " (",
		"line 8: bad // Stderr: pattern",
		"FAIL: 5 of 6 scripts failed (",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
}

func TestCmdTestTimeout(t *testing.T) {
	dir := writeScripts(t, map[string]string{"sleepy.go": passScript})
	code, out, _ := runCmd(t, cmdTest, "-clock=real", "-timeout=200ms", dir)
	if code != 1 || !strings.Contains(out, "FAIL "+filepath.Join(dir, "sleepy.go")) || !strings.Contains(out, "still running after 200ms (-timeout)") {
		t.Errorf("real clock, short timeout: exit %d, stdout:\n%s", code, out)
	}
}

func TestCmdTestEmbedded(t *testing.T) {
	code, out, errOut := runCmd(t, cmdTest, "-run", "^chain_")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q, stdout:\n%s", code, errOut, out)
	}
	want := regexp.MustCompile(`^ok   chain_bug \([0-9.]+s\)
ok   chain_fixed_await \([0-9.]+s\)
ok   chain_fixed_tasks \([0-9.]+s\)
PASS: 3 scripts \([0-9.]+s\)
$`)
	if !want.MatchString(out) {
		t.Errorf("stdout:\n%s", out)
	}

	// The scripts directory itself: its package scripts files are not scripts.
	code, out, errOut = runCmd(t, cmdTest, "-run", "chain_fixed", "scripts")
	want = regexp.MustCompile(`^ok   scripts/chain_fixed_await\.go \([0-9.]+s\)
ok   scripts/chain_fixed_tasks\.go \([0-9.]+s\)
PASS: 2 scripts \([0-9.]+s\)
$`)
	if code != 0 || errOut != "" || !want.MatchString(out) {
		t.Errorf("test scripts: exit %d, stderr %q, stdout:\n%s", code, errOut, out)
	}
}

func TestCmdTestUsage(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"-clock=sundial"}, `unknown clock "sundial"`},
		{[]string{"-run", "("}, "asyncrepl test: -run: error parsing regexp"},
		{[]string{filepath.Join(t.TempDir(), "nosuch.go")}, "asyncrepl test: stat "},
		{[]string{t.TempDir()}, "no package main .go files"},
		{[]string{"-bogus"}, "flag provided but not defined"},
	} {
		code, out, errOut := runCmd(t, cmdTest, tc.args...)
		if code != 2 || !strings.Contains(errOut, tc.stderr) || out != "" {
			t.Errorf("test %q: exit %d, stdout %q, stderr %q; want exit 2 and %q", tc.args, code, out, errOut, tc.stderr)
		}
	}
	code, _, errOut := runCmd(t, cmdTest, "-h")
	if code != 0 || !strings.Contains(errOut, "usage: asyncrepl test") || !strings.Contains(errOut, "// Stderr:") {
		t.Errorf("test -h: exit %d, stderr:\n%s", code, errOut)
	}
	// Nothing selected is not a pass.
	code, out, _ := runCmd(t, cmdTest, "-run", "^nothing matches$")
	if code != 1 || out != "no scripts tested\n" {
		t.Errorf("-run matching nothing: exit %d, stdout %q", code, out)
	}
}
