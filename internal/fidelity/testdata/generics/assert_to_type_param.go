package main

import "fmt"

type Event interface{ Kind() string }

type Click int

func (Click) Kind() string { return "click" }

type Key string

func (Key) Kind() string { return "key" }

// OfType returns the events of type T, in order.
func OfType[T any](events []Event) []T {
	var out []T
	for _, e := range events {
		if v, ok := e.(T); ok {
			out = append(out, v)
		}
	}
	return out
}

// First returns the first event of type T, or T's zero value and false.
func First[T any](events []Event) (T, bool) {
	for _, e := range events {
		if v, ok := e.(T); ok {
			return v, true
		}
	}
	var zero T
	return zero, false
}

// Must returns e as a T, and panics if it is not one.
func Must[T any](e Event) T { return e.(T) }

func main() {
	events := []Event{Click(1), Key("a"), Click(2), Key("b")}
	fmt.Println(OfType[Click](events), OfType[Key](events))
	k, ok := First[Key](events)
	_, none := First[bool](events)
	fmt.Println(k, ok, none, Must[Click](events[2])+1)
}
