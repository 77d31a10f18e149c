package repl_test

import (
	"context"
	"fmt"
	"math"
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// TestFloatToNarrowInt checks that a float converted to an integer type
// narrower than 64 bits gives what the compiled program gives on this
// machine, also out of range (the interpreter converted through int64:
// int32(3e9) was -1294967296 where amd64 gives -2147483648).
func TestFloatToNarrowInt(t *testing.T) {
	s, out, errs := newSession(t, repl.Config{})
	if err := s.Run(context.Background(), "type Level uint8"); err != nil {
		t.Fatal(err)
	}
	for _, f := range []float64{3e9, -3e9, 1e19, -1, 255.9, 256, 65536.5, -2147483649, math.Inf(1), math.NaN()} {
		g := float32(f)
		want := fmt.Sprintln(int8(f), int16(f), int32(f), uint8(f), uint16(f), uint32(f), uint8(Level(f)), int32(g), uint16(g))
		if err := s.Run(context.Background(), fmt.Sprintf("f := math.Float64frombits(%d); g := float32(f)", math.Float64bits(f))); err != nil {
			t.Fatalf("%v: %v\n%s", f, err, errs.String())
		}
		out.Reset()
		if err := s.Run(context.Background(), "fmt.Println(int8(f), int16(f), int32(f), uint8(f), uint16(f), uint32(f), uint8(Level(f)), int32(g), uint16(g))"); err != nil {
			t.Fatalf("%v: %v\n%s", f, err, errs.String())
		}
		if got := out.String(); got != want {
			t.Errorf("%v: got %q, want %q", f, got, want)
		}
	}
}

// Level is the program's type of the test above, compiled.
type Level uint8
