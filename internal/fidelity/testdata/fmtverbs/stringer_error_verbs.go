package main

import (
	"errors"
	"fmt"
)

type Level int

func (l Level) String() string { return [...]string{"debug", "info", "warn"}[l] }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Status int

func (s Status) Error() string { return fmt.Sprintf("status %d", int(s)) }

type Result struct {
	Name string
	Err  error
}

func lookup(key string) error {
	if key == "" {
		return Status(400)
	}
	return &NotFound{key}
}

func main() {
	var l fmt.Stringer = Level(2)
	fmt.Printf("level %v = %d (%T)\n", l, l, l)
	for _, k := range []string{"a", ""} {
		err := lookup(k)
		fmt.Printf("%T: %v; %#v\n", err, err, err)
	}
	r := Result{"x", Status(503)}
	fmt.Printf("%v %+v %#v\n", r, r, r)
	fmt.Printf("%d\n", r)
	wrapped := fmt.Errorf("wrap: %w", lookup("b"))
	var nf *NotFound
	fmt.Println(errors.As(wrapped, &nf), nf.Key)
}
