package hostrt

import (
	"slices"
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// TestPanicTraceSplitsPrint checks that text print wrote without a newline,
// glued by the pipe to the interpreter's trace line of a panic, is passed
// on, and the line still collected.
func TestPanicTraceSplitsPrint(t *testing.T) {
	tests := []struct {
		in, out string
		lines   []string
	}{
		{"input:20003:4: panic: main.f(...)\n", "", []string{"input 2:4"}},
		{"123input:20003:4: panic: main.f(...)\n", "123", []string{"input 2:4"}},
		{"a/b input:20003:4: panic\n", "a/b ", []string{"input 2:4"}},
		{"1.5/s/f.go:3:4: panic: main.f(...)\n", "1.5", []string{"s/f.go:3:4"}},
		{"plain text\n", "plain text\n", nil},
	}
	ShownPaths := &gosrc.ShownPaths
	ShownPaths.Store("/s/f.go", "s/f.go")
	defer ShownPaths.Delete("/s/f.go")
	for _, tt := range tests {
		var out strings.Builder
		p := &PanicTrace{Out: &out}
		if _, err := p.Write([]byte(tt.in)); err != nil {
			t.Fatal(err)
		}
		if out.String() != tt.out {
			t.Errorf("%q: passed on %q, want %q", tt.in, out.String(), tt.out)
		}
		if got := p.Take(); !slices.Equal(got, tt.lines) {
			t.Errorf("%q: trace %q, want %q", tt.in, got, tt.lines)
		}
	}
}
