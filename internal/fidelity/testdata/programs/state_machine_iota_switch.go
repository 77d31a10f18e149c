package main

import (
	"errors"
	"fmt"
)

type State int

const (
	Idle State = iota
	Connecting
	Connected
	Closed
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Connecting:
		return "Connecting"
	case Connected:
		return "Connected"
	case Closed:
		return "Closed"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type Transition struct {
	From State
	On   Event
}

var ErrBadTransition = errors.New("bad transition")

type Machine struct {
	state   State
	table   map[Transition]State
	history []State
	hooks   map[State][]func(from State)
}

func NewMachine() *Machine {
	return &Machine{
		table: map[Transition]State{
			{Idle, "dial"}:        Connecting,
			{Connecting, "ok"}:    Connected,
			{Connecting, "fail"}:  Idle,
			{Connected, "hangup"}: Closed,
			{Idle, "close"}:       Closed,
		},
		hooks: map[State][]func(State){},
	}
}

func (m *Machine) On(s State, f func(from State)) { m.hooks[s] = append(m.hooks[s], f) }

func (m *Machine) Fire(e Event) error {
	next, ok := m.table[Transition{m.state, e}]
	if !ok {
		return fmt.Errorf("%v on %q: %w", m.state, e, ErrBadTransition)
	}
	prev := m.state
	m.history = append(m.history, prev)
	m.state = next
	for _, h := range m.hooks[next] {
		h(prev)
	}
	return nil
}

func main() {
	m := NewMachine()
	count := 0
	m.On(Connected, func(from State) { count++; fmt.Println("  connected from", from) })
	m.On(Closed, func(from State) { fmt.Printf("  closed from %v (%d)\n", from, from) })
	for _, e := range []Event{"dial", "fail", "dial", "ok", "dial", "hangup", "ok"} {
		if err := m.Fire(e); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrBadTransition))
			continue
		}
		fmt.Println(e, "->", m.state)
	}
	fmt.Println(m.history, count, State(9))
	fmt.Printf("%v %d %s|%8v|%-8s|\n", m.state, m.state, m.state, m.state, m.state)
}
