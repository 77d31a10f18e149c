// Values of error types with value receivers, held in an any and taken
// back out by a type switch and assertions.
package main

import (
	"fmt"
	"strconv"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Invalid struct {
	Field string
	Value int
}

func (e Invalid) Error() string { return e.Field + " invalid: " + strconv.Itoa(e.Value) }

type Status int

func (s Status) Error() string { return "status " + strconv.Itoa(int(s)) }

func describe(v any) string {
	switch x := v.(type) {
	case NotFound:
		return "missing " + x.Key
	case Invalid:
		return fmt.Sprintf("bad %s=%d", x.Field, x.Value)
	case error:
		return "error " + x.Error()
	}
	return fmt.Sprint("value ", v)
}

func main() {
	nf := NotFound{"alice"}
	events := []any{nf, Invalid{"age", -1}, Status(404), 7.5, "hi"}
	for _, e := range events {
		fmt.Println(describe(e))
	}
	var last any = Invalid{"size", 0}
	if inv, ok := last.(Invalid); ok {
		fmt.Println("field", inv.Field, inv)
	}
	_, isNF := last.(NotFound)
	fmt.Println(isNF, describe(nf), describe(Status(500)))
	byName := map[string]any{"first": nf}
	fmt.Println(describe(byName["first"]))
}
