// A key-value logger telling errors from other values, and a generic
// First[T] picking the first value of a type out of a []any.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Field struct {
	Key string
	Val any
}

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

func logf(msg string, kv ...any) string {
	var sb strings.Builder
	sb.WriteString(msg)
	for i := 0; i+1 < len(kv); i += 2 {
		k := kv[i].(string)
		switch v := kv[i+1].(type) {
		case *OpError:
			fmt.Fprintf(&sb, " %s.op=%s", k, v.Op)
		case error:
			fmt.Fprintf(&sb, " %s=err(%v)", k, v)
		case fmt.Stringer:
			fmt.Fprintf(&sb, " %s=str(%v)", k, v)
		default:
			fmt.Fprintf(&sb, " %s=%v", k, v)
		}
	}
	return sb.String()
}

func First[T any](xs []any) (T, bool) {
	for _, x := range xs {
		if v, ok := x.(T); ok {
			return v, true
		}
	}
	var z T
	return z, false
}

func doOp() error {
	return &OpError{"read", errors.New("eof")}
}

func main() {
	err := doOp()
	fmt.Println(logf("failed", "err", err, "n", 3))
	fmt.Println(logf("plain", "err", errors.New("x")))
	bag := []any{1, "two", err}
	oe, ok := First[*OpError](bag)
	fmt.Println(ok, oe)
	s, ok := First[string](bag)
	fmt.Println(ok, s)
	e, ok := First[error](bag)
	fmt.Println(ok, e)
	fields := []Field{{"err", err}, {"code", 7}}
	for _, f := range fields {
		if op, ok := f.Val.(*OpError); ok {
			fmt.Println("field", f.Key, "is op error", op.Op)
		}
	}
}
