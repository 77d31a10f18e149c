package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Done
)

func (s State) String() string { return [...]string{"idle", "running", "done"}[s] }

type Event string

func next(s State, e Event) State {
	switch s {
	case Idle:
		if e == "start" {
			return Running
		}
	case Running:
		if e == "finish" {
			return Done
		}
	}
	return s
}

func main() {
	s := Idle
	for _, e := range []Event{"start", "noop", "finish"} {
		s = next(s, e)
		fmt.Printf("%v -> %s\n", e, s)
	}
	seen := map[any]bool{}
	seen[s] = true
	fmt.Println(seen[Done], len(seen))
}
