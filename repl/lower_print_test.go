package repl

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/syncbuf"
)

// TestLowerPrint runs print and println of every kind of operand and
// compares what they write to standard error with what go run writes (the
// runtime's format, not fmt's: nil values are addresses, slices [len/cap],
// interfaces a pair of words, no String method called). Addresses vary, so
// want is a regular expression.
func TestLowerPrint(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"basic", `println(1.5, float32(1)/3, 3+4i, complex64(0.1-3i), uint64(1<<63), int8(-3), 'x', "s", true, uintptr(7))`,
			`1\.5 0\.33333334 \(3\+4i\) \(0\.1-3i\) 9223372036854775808 -3 120 s true 7\n`},
		{"nil values", `var p *int; var s []int; var m map[int]int; var c chan int; var f func(); println(p, s, m, c, f)`,
			`0x0 \[0/0\]0x0 0x0 0x0 0x0\n`},
		{"values", `x := 1; s := make([]byte, 2, 5); m := map[int]int{}; println(&x, s, m, &T{})`,
			`0x[1-9a-f][0-9a-f]* \[2/5\]0x[1-9a-f][0-9a-f]* 0x[1-9a-f][0-9a-f]* 0x[1-9a-f][0-9a-f]*\n`},
		{"nil interfaces", `var e error; var a any; var st fmt.Stringer; println(e, a, st)`, `\(0x0,0x0\) \(0x0,0x0\) \(0x0,0x0\)\n`},
		{"interface", `var a any = 3; var e error = fmt.Errorf("x"); println(a, e)`, `\(0x[1-9a-f][0-9a-f]*,0x[0-9a-f]+\) \(0x[1-9a-f][0-9a-f]*,0x[0-9a-f]+\)\n`},
		{"no String method", `println(D(3), time.Second)`, `3 1000000000\n`},
		{"print", `print(1, 2, "x", nil == error(nil), "\n")`, `12xtrue\n`},
		{"deferred", `defer println("a", []int(nil)); print()`, `a \[0/0\]0x0\n`},
		{"results of a call", `f := func() (int, string, bool) { return -4, "x", true }; print(f()); println(f())`, `-4xtrue-4 x true\n`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := `package main

import (
	"fmt"
	"time"
)

type D int

func (D) String() string { return "D!" }

type T struct{ a int }

var _ = fmt.Sprint
var _ = time.Second

func main() {
	` + tt.body + `
}
`
			var out, errs syncbuf.Buffer
			code := RunSource(context.Background(), "print.go", []byte(src), nil, Config{Stdout: &out, Stderr: &errs, Clock: "virtual"})
			if code != 0 {
				t.Fatalf("exit %d\n%s", code, errs.String())
			}
			if got := errs.String(); !regexp.MustCompile(`^` + tt.want + `$`).MatchString(got) {
				t.Errorf("it wrote\n%q\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestPrintOrder runs a program writing with fmt.Println and println to
// one file, as a shell's 2>&1 does: println's line comes between the
// others, as under go run (the session passes interpreted code's standard
// error on through a pipe, which held it back).
func TestPrintOrder(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	src := `package main

import "fmt"

func main() {
	fmt.Println("A")
	println()
	fmt.Println("B")
	print("C\n")
	fmt.Println("D")
}
`
	if code := RunSource(context.Background(), "order.go", []byte(src), nil, Config{Stdout: f, Stderr: f, Clock: "virtual"}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	got, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	if want := "A\n\nB\nC\nD\n"; string(got) != want {
		t.Errorf("it wrote %q, want %q", got, want)
	}
}
