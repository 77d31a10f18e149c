// A type switch and assertions to a pointer type of yours over values
// that may be an empty struct with methods (a state machine's start state).
package main

import (
	"fmt"
	"io"
)

type State interface{ Name() string }

type Start struct{}

type InNumber struct{ digits []byte }

type Done struct{ n int }

func (Start) Name() string                  { return "start" }
func (*InNumber) Name() string              { return "number" }
func (d *Done) Name() string                { return fmt.Sprint("done ", d.n) }
func (d *Done) String() string              { return fmt.Sprintf("Done(%d)", d.n) }
func (d *Done) Write(p []byte) (int, error) { d.n += len(p); return len(p), nil }

func describe(s State) string {
	switch s := s.(type) {
	case *InNumber:
		return "reading " + string(s.digits)
	case *Done:
		return "finished with " + fmt.Sprint(s.n)
	case Start:
		return "at the start"
	default:
		return "unknown"
	}
}

func main() {
	states := []State{Start{}, &InNumber{[]byte("42")}, &Done{7}}
	for _, s := range states {
		fmt.Println(s.Name(), "|", describe(s))
	}
	var v any = Start{}
	p, ok := v.(*InNumber)
	fmt.Println(p, ok)
	d, ok := v.(*Done)
	fmt.Println(d == nil, ok)

	var w io.Writer = &Done{1}
	fmt.Fprintf(w, "abc")
	if d, ok := w.(*Done); ok {
		fmt.Println("writer is", d, d.n)
	}
	var st fmt.Stringer = &Done{2}
	_, isNum := any(st).(*InNumber)
	fmt.Println(isNum, st)
}
