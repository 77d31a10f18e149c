package repl_test

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/asyncrepl/asyncrepl/repl"
)

// FuzzSession feeds arbitrary input to one session: no input may crash the
// process or leave the session unable to evaluate the next one. `go test`
// runs the seeds; `go test -fuzz=FuzzSession ./repl/` explores.
func FuzzSession(f *testing.F) {
	for _, seed := range []string{
		"1 + 2",
		"x := 1; x++; x",
		`import "strings"; strings.ToUpper("a")`,
		"func f() (int, error) { return 1, nil }\nf()",
		"type T struct{ A int }\nT{1}",
		"for i := range 3 { _ = i }",
		"for x := range func(yield func(int) bool) {} { _ = x }",
		"min(1, 2.5, 3)",
		"clear([]int{1})",
		"go func() { panic(1) }()",
		"var s []int; s[1]",
		"panic(nil)",
		"func main() { }",
		"main()",
		"x, ok := <-make(chan int, 1)",
		"loop.Await(loop.Sleep(time.Millisecond))",
		"loop.CreateTask(loop.Async(func() { panic(\"task\") }))",
		"import \"crypto/rand\"",
		"}{",
		"func (",
		"`unterminated",
		"/*",
		"type A B; type B A",
		"var a = b; var b = a",
		"x := struct{}{}; x.y",
		"func g[T any](x T) T { return x }\ng(1)",
		"os.Exit(1)",
		"select {}",
		"\x00",
		"é := 1",
		"label: goto label",
	} {
		f.Add(seed)
	}
	s, err := repl.NewSession(repl.Config{Stdout: io.Discard, Stderr: io.Discard, Clock: "virtual", StopGrace: 20 * time.Millisecond})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	f.Fuzz(func(t *testing.T, src string) {
		if raceEnabled && (strings.Contains(src, "select") || strings.Contains(src, "go") || strings.Contains(src, "for") || strings.Contains(src, "<-")) {
			t.Skip("may need a hard stop or start a goroutine, which race inside yaegi (see raceEnabled)")
		}
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		// An input the interrupt cannot stop fails the test with the stacks.
		watchdog := time.AfterFunc(15*time.Second, func() {
			buf := make([]byte, 1<<20)
			buf = buf[:runtime.Stack(buf, true)]
			panic(fmt.Sprintf("input %q still running 15s after its interrupt:\n%s", src, buf))
		})
		defer watchdog.Stop()
		s.Eval(ctx, src)
		items, err := s.Eval(context.Background(), "40 + 2")
		if err != nil || len(items) != 1 || items[0].Value != "42" {
			t.Fatalf("after %q the session no longer evaluates: %v %v", src, items, err)
		}
	})
}
