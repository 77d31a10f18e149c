// A value of yours with a String method, put in an io.Writer and handed to
// a logging helper's ...any, printed through the spread slice.
package main

import (
	"fmt"
	"io"
)

type Meter struct{ n int }

func (m *Meter) Write(p []byte) (int, error) { m.n += len(p); return len(p), nil }
func (m *Meter) String() string              { return fmt.Sprintf("meter(%d)", m.n) }

func logf(format string, args ...any) { fmt.Printf("log: "+format+"\n", args...) }

func main() {
	var w io.Writer = &Meter{}
	io.WriteString(w, "abc")
	logf("%v then %s", w, w)
	args := []any{w, 7}
	fmt.Println(args...)
	fmt.Println(args)
}
