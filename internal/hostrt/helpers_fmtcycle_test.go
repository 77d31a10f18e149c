package hostrt

import (
	"fmt"
	"reflect"
	"testing"
)

type cycStringer struct{ items []any }

func (c cycStringer) String() string { return "s" }

type cycNode struct {
	V    any
	Next *cycNode
}

// TestCycleIn checks the walk that finds what fmt would print without end,
// against what fmt does print: each value not reported prints.
func TestCycleIn(t *testing.T) {
	selfMap := map[string]any{"a": 1}
	selfMap["self"] = selfMap
	selfSlice := []any{1, nil}
	selfSlice[1] = selfSlice
	tail := []any{0, nil}
	tail[1] = tail[1:]
	head := []any{0, nil}
	head[1] = head[:1] // a shorter slice of itself: [0 [0]]
	shared := []int{1}
	dag := []any{shared, shared, map[int]any{7: shared}}
	deep := map[int]any{}
	deep[7] = []any{map[string]any{"x": deep}}
	items := []any{nil}
	str := cycStringer{items}
	items[0] = str
	node := &cycNode{V: 1}
	node.Next = node
	ptrBack := &cycNode{}
	ptrBack.V = []any{ptrBack}
	viaPtr := &cycNode{}
	viaPtr.V = map[string]any{}
	viaPtr.V.(map[string]any)["m"] = viaPtr.V
	arr := []any{nil}
	arr[0] = [1]any{arr}
	bytesSelf := []any{[]byte("hi")}

	for _, c := range []struct {
		name, format string
		hasFormat    bool
		args         []any
		want         string // "" for no cycle
	}{
		{"map", "", false, []any{selfMap}, `fmt.Println of a value that contains itself (m["self"] is m): fmt would print it without end`},
		{"slice", "", false, []any{selfSlice}, `fmt.Println of a value that contains itself (m[1] is m): fmt would print it without end`},
		{"tail of itself", "", false, []any{tail}, `fmt.Println of a value that contains itself (m[1][0] is m[1]): fmt would print it without end`},
		{"head of itself", "", false, []any{head}, ""},
		{"shared part", "", false, []any{dag}, ""},
		{"deeper", "", false, []any{1, deep}, `fmt.Println of a value that contains itself (argument 2[7][0]["x"] is argument 2): fmt would print it without end`},
		{"stringer", "", false, []any{str}, ""},
		{"stringer with %d", "%d", true, []any{str}, `fmt.Println of a value that contains itself (m.items[0].items is m.items): fmt would print it without end`},
		{"nested pointer", "", false, []any{node}, ""},
		{"pointer at the top", "", false, []any{ptrBack}, ""},
		{"through a pointer's field", "", false, []any{viaPtr}, `fmt.Println of a value that contains itself (m.V["m"] is m.V): fmt would print it without end`},
		{"%p and %T", "%p %T %[1]T", true, []any{selfMap, selfSlice}, ""},
		{"%v after %T", "%T %[1]v", true, []any{selfMap}, `fmt.Println of a value that contains itself (m["self"] is m): fmt would print it without end`},
		{"extra argument", "%d", true, []any{1, selfMap}, `fmt.Println of a value that contains itself (argument 2["self"] is argument 2): fmt would print it without end`},
		{"array in a slice", "", false, []any{arr}, `fmt.Println of a value that contains itself (m[0][0] is m): fmt would print it without end`},
		{"bytes as %s", "%s", true, []any{bytesSelf}, ""},
		{"reflect.Value", "", false, []any{reflect.ValueOf(selfMap)}, `fmt.Println of a value that contains itself (m["self"] is m): fmt would print it without end`},
	} {
		t.Run(c.name, func(t *testing.T) {
			texts := "m"
			if len(c.args) > 1 {
				texts = ""
			}
			got := cycleIn("fmt.Println", texts, c.format, c.hasFormat, c.args)
			if got != c.want {
				t.Errorf("cycleIn = %q, want %q", got, c.want)
			}
			if got == "" {
				// fmt prints it (a cycle missed would end the test binary).
				if c.hasFormat {
					_ = fmt.Sprintf(c.format, c.args...)
				} else {
					_ = fmt.Sprint(c.args...)
				}
			}
		})
	}
}
