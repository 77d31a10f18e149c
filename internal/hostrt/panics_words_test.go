package hostrt

import (
	"errors"
	"runtime"
	"testing"
)

// TestInGoWords checks panic values of reflection and of the runtime's
// map code rewritten in Go's words, as runtime errors, and others left
// alone.
func TestInGoWords(t *testing.T) {
	unhashable := func() (r any) {
		defer func() { r = recover() }()
		m := map[any]int{}
		var k any = []int{1}
		m[k] = 1
		return nil
	}()
	for _, tt := range []struct {
		name     string
		v        any
		explicit bool
		want     string
		runtime  bool
	}{
		{"reflection's index", "reflect: slice index out of range", false, "runtime error: index out of range", true},
		{"Go's own unhashable key", unhashable, false, "runtime error: hash of unhashable type []int", true},
		{"the maps package's unhashable key", errors.New("hash of unhashable type: []int"), false, "runtime error: hash of unhashable type []int", true},
		{"an unhashable struct type of the program's", errors.New(`hash of unhashable type: struct { Xitems []int "json:\"-\" xml:\"-\" asyncrepl:\"-Bag 0\"" }`), false, "runtime error: hash of unhashable type main.Bag", true},
		{"one declared in a function", errors.New(`hash of unhashable type: struct { Items []int "asyncrepl:\"Bag@0a1b2c3d\"" }`), false, "runtime error: hash of unhashable type main.Bag", true},
		{"an instance of a generic one", errors.New(`hash of unhashable type: struct { Items []int "asyncrepl:\"Box[]\"" }`), false, `runtime error: hash of unhashable type struct { Items []int "asyncrepl:\"Box[]\"" }`, true},
		{"the user's panic", "reflect: slice index out of range", true, "reflect: slice index out of range", false},
		{"another error", errors.New("boom"), false, "boom", false},
	} {
		got := InGoWords(tt.v, tt.explicit)
		var text string
		switch g := got.(type) {
		case error:
			text = g.Error()
		case string:
			text = g
		}
		if text != tt.want {
			t.Errorf("%s: InGoWords(%v) says %q, want %q", tt.name, tt.v, text, tt.want)
		}
		if _, ok := got.(runtime.Error); ok != tt.runtime {
			t.Errorf("%s: InGoWords(%v) is a runtime.Error: %v, want %v", tt.name, tt.v, ok, tt.runtime)
		}
	}
}
