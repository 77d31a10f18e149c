package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler func(payload string) string

type Bus struct {
	handlers map[string][]Handler
}

func (b *Bus) On(event string, h Handler) func() {
	if b.handlers == nil {
		b.handlers = map[string][]Handler{}
	}
	b.handlers[event] = append(b.handlers[event], h)
	idx := len(b.handlers[event]) - 1
	return func() { b.handlers[event][idx] = nil }
}

func (b *Bus) Emit(event, payload string) []string {
	var out []string
	for _, h := range b.handlers[event] {
		if h != nil {
			out = append(out, h(payload))
		}
	}
	return out
}

func main() {
	var b Bus
	count := 0
	b.On("greet", func(p string) string { count++; return "hello " + p })
	off := b.On("greet", strings.ToUpper)
	prefix := ">> "
	b.On("log", func(p string) string { return prefix + p })
	fmt.Println(b.Emit("greet", "ann"))
	off()
	prefix = "## "
	fmt.Println(b.Emit("greet", "bob"), b.Emit("log", "x"), count)
	events := make([]string, 0)
	for e := range b.handlers {
		events = append(events, e)
	}
	sort.Strings(events)
	fmt.Println(events)
}
