package main

import (
	"fmt"
	"strings"
)

type NotFoundError struct {
	Key string
}

func (e *NotFoundError) Error() string {
	if e == nil {
		return "not found"
	}
	return "not found: " + e.Key
}

type Tags []string

func (t Tags) String() string { return "[" + strings.Join(t, ",") + "]" }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case error:
		return fmt.Sprintf("error %v (nil interface: %v)", x, x == nil)
	case fmt.Stringer:
		return fmt.Sprintf("stringer %v (nil interface: %v)", x, x == nil)
	default:
		return "something else"
	}
}

func main() {
	var nf *NotFoundError
	var tags Tags
	values := []any{nil, nf, &NotFoundError{"id"}, tags, Tags{"a", "b"}, 3}
	for _, v := range values {
		fmt.Println(describe(v))
	}

	assertions(nf, tags)
}

func assertions(nf *NotFoundError, tags Tags) {
	var v any = nf
	if err, ok := v.(error); ok {
		fmt.Println("ok, err != nil:", err != nil)
	}
	err := v.(error)
	fmt.Printf("%T\n", err)
	s, ok := asStringer(tags)
	fmt.Println(ok, s != nil, s)
}

func asStringer(v any) (fmt.Stringer, bool) {
	s, ok := v.(fmt.Stringer)
	return s, ok
}
