package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler func(topic, msg string)

type Bus struct {
	subs   map[string][]Handler
	nextID int
	log    []string
}

func NewBus() *Bus { return &Bus{subs: map[string][]Handler{}} }

func (b *Bus) Subscribe(topic string, h Handler) func() {
	b.subs[topic] = append(b.subs[topic], h)
	idx := len(b.subs[topic]) - 1
	return func() { b.subs[topic][idx] = nil }
}

func (b *Bus) Publish(topic, msg string) int {
	n := 0
	for _, h := range b.subs[topic] {
		if h != nil {
			h(topic, msg)
			n++
		}
	}
	return n
}

type Logger struct {
	prefix string
	lines  *[]string
}

func (l Logger) Handle(topic, msg string) {
	*l.lines = append(*l.lines, l.prefix+topic+":"+msg)
}

func main() {
	b := NewBus()
	var lines []string
	unsub := b.Subscribe("news", Logger{"L1 ", &lines}.Handle)
	b.Subscribe("news", func(t, m string) { lines = append(lines, "anon "+strings.ToUpper(m)) })
	b.Subscribe("sports", Logger{"L2 ", &lines}.Handle)
	fmt.Println(b.Publish("news", "hello"))
	unsub()
	fmt.Println(b.Publish("news", "again"), b.Publish("sports", "goal"), b.Publish("none", "x"))
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))
}
