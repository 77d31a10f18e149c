package repl_test

import (
	"bytes"
	"context"
	"regexp"
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// TestStdlibGo126 checks that the interpreter's standard library is the
// toolchain's (Go 1.26's), not yaegi's Go 1.22 tables: functions and
// packages added since are there at the prompt, the packages left out are
// refused with the reason, and fmt, log and println still write to the
// session's writers.
func TestStdlibGo126(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		out    string // exact stdout
		errPat string // regexp for stderr; empty: none
		fails  bool   // the input fails
	}{
		{"strings.Lines, called as the iter.Seq func it returns",
			`strings.Lines("a\nb\n")(func(l string) bool { fmt.Print(l); return true })`, "a\nb\n", "", false},
		{"strings.SplitSeq stops when yield says so",
			`strings.SplitSeq("a,b,c", ",")(func(s string) bool { fmt.Println(s); return s != "b" })`, "a\nb\n", "", false},
		{"bytes.Lines",
			`bytes.Lines([]byte("x\ny"))(func(b []byte) bool { fmt.Printf("%q\n", b); return true })`, "\"x\\n\"\n\"y\"\n", "", false},
		{"crypto/sha3 (Go 1.24)",
			`fmt.Printf("%x\n", sha3.Sum256([]byte("abc")))`, "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532\n", "", false},
		{"crypto/mlkem (Go 1.24)",
			`func() { k, _ := mlkem.GenerateKey768(); fmt.Println(len(k.EncapsulationKey().Bytes())) }()`, "1184\n", "", false},
		{"os.OpenRoot (Go 1.24)",
			`func() { _, err := os.OpenRoot("/no/such/dir"); fmt.Println(errors.Is(err, fs.ErrNotExist)) }()`, "true\n", "", false},
		{"os/exec",
			`func() { b, err := exec.Command("sh", "-c", "echo hi").Output(); fmt.Printf("%q %v\n", b, err) }()`, "\"hi\\n\" <nil>\n", "", false},
		{"os/exec's commands get the session's environment",
			`os.Setenv("STDLIB_TEST_VAR", "set"); func() { b, _ := exec.Command("sh", "-c", "echo $STDLIB_TEST_VAR").Output(); fmt.Print(string(b)) }()`, "set\n", "", false},
		{"syscall", `fmt.Println(syscall.Getpid() == os.Getpid())`, "true\n", "", false},
		{"testing/synctest (Go 1.25) imports", `import "testing/synctest"`, "", "", false},
		{"iter imports, without its generic members", `import "iter"`, "", "", false},
		{"unique imports, without its generic members", `import "unique"`, "", "", false},
		{"weak imports, without its generic members", `import "weak"`, "", "", false},
		{"a generic member says so",
			`import "unique"; h := unique.Make("a"); fmt.Println(h)`, "", `^input 1:\d+: undefined: unique\.(Make|Handle) \((Make|Handle) is generic, and the interpreter cannot use the generic members of Go 1\.\d+'s standard library\)\n$`, true},
		{"a member left out says why",
			`syscall.Exit(3)`, "", `^input 1:9: undefined: syscall\.Exit \(syscall\.Exit is left out: calls that end, replace, signal or trace processes`, true},
		{"runtime.Breakpoint, which would end the session, is left out",
			`runtime.Breakpoint()`, "", `^input 1:9: undefined: runtime\.Breakpoint \(runtime\.Breakpoint is left out: it stops the process with a trap`, true},
		{"a package left out says why",
			`import "plugin"`, "", `^input 1:8: package "plugin" is not available: it loads compiled plugins into the process`, true},
		{"unsafe's sizes are constants", `type S struct{ a byte; b int64 }; fmt.Println(unsafe.Sizeof(S{}), unsafe.Alignof(int32(0)), unsafe.Offsetof(S{}.b))`, "16 4 8\ntype S struct{ a byte; b int64 }\n", "", false},
		{"fmt writes to the session's stdout", `fmt.Println("out"); fmt.Printf("%d\n", 1)`, "out\n1\n", "", false},
		{"log writes to the session's stderr", `log.SetFlags(0); log.Print("logged")`, "", `^logged\n$`, false},
		{"log's writer is os.Stderr, and setting it back writes to the session's stderr again",
			`func() { fmt.Println(log.Writer() == os.Stderr); var b strings.Builder; log.SetFlags(0); w := log.Writer(); log.SetOutput(&b); log.Print("kept"); log.SetOutput(w); log.Print("logged"); fmt.Printf("%q\n", b.String()) }()`,
			"true\n\"kept\\n\"\n", `^logged\n$`, false},
		{"println writes to the session's stderr", `println("printed")`, "", `^printed\n$`, false},
		{"a log.New logger where compiled code holds one is refused, saying why",
			`srv := &http.Server{}; srv.ErrorLog = log.New(os.Stderr, "", 0)`, "", `^input 1:\d+: a \*log\.Logger of log\.New cannot go where a compiled package holds one .*slog\.NewLogLogger`, true},
		{"log.New's Fatal logs, then exits as log.Fatal does, leaving the session",
			`log.New(os.Stderr, "app: ", 0).Fatal("fatal")`, "", `^input 1:\d+: os\.Exit\(1\) called: the session keeps running`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, out, errs := newSession(t, repl.Config{})
			ctx := context.Background()
			err := s.Run(ctx, tt.in)
			if (err != nil) != tt.fails {
				t.Errorf("%s: error %v, want error %v", tt.in, err, tt.fails)
			}
			if got := out.String(); got != tt.out {
				t.Errorf("%s: stdout %q, want %q", tt.in, got, tt.out)
			}
			got := errs.String()
			if tt.errPat == "" && got != "" {
				t.Errorf("%s: unexpected stderr:\n%s", tt.in, got)
			}
			if tt.errPat != "" && !regexp.MustCompile(tt.errPat).MatchString(got) {
				t.Errorf("%s: stderr\n%s\ndoes not match %s", tt.in, got, tt.errPat)
			}
		})
	}
}

// TestStdlibGo126Program checks the same in a program, where imports are
// written out.
func TestStdlibGo126Program(t *testing.T) {
	const src = `package main

import (
	"crypto/sha3"
	"fmt"
	"os/exec"
	"strings"
)

func main() {
	show := func(s string) bool { fmt.Printf("%q\n", s); return true }
	strings.Lines("one\ntwo\n")(show)
	strings.FieldsSeq(" three  four ")(show)
	fmt.Printf("%x\n", sha3.Sum224(nil))
	out, err := exec.Command("sh", "-c", "echo five").Output()
	fmt.Printf("%s%v\n", out, err)
}
`
	var out, errs bytes.Buffer
	code := repl.RunSource(context.Background(), "prog.go", []byte(src), nil, repl.Config{Stdout: &out, Stderr: &errs})
	want := `"one\n"
"two\n"
"three"
"four"
6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7
five
<nil>
`
	if code != 0 || out.String() != want || errs.Len() != 0 {
		t.Errorf("exit %d, stdout\n%s\nwant\n%s\nstderr\n%s", code, out.String(), want, errs.String())
	}
}

// BenchmarkNewSession measures start-up: a session ready for its first
// input, with the standard library's tables in its interpreter.
func BenchmarkNewSession(b *testing.B) {
	for b.Loop() {
		s, err := repl.NewSession(repl.Config{Stdout: new(bytes.Buffer), Stderr: new(bytes.Buffer)})
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}
