// A pointer method promoted from an embedded field of a compiled type,
// deferred, runs on the field, not on a copy of it.
package main

import (
	"bytes"
	"fmt"
)

type Log struct{ bytes.Buffer }

func (l *Log) Line(s string) {
	defer l.WriteString(";")
	l.WriteString(s)
}

func main() {
	var l Log
	l.Line("a")
	l.Line("b")
	fmt.Println(l.String())
}

// Output:
// a;b;
