package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

func (s State) String() string {
	return [...]string{"Idle", "Running", "Paused", "Stopped"}[s]
}

type Event string

func next(s State, e Event) (State, error) {
	switch s {
	case Idle:
		if e == "start" {
			return Running, nil
		}
	case Running:
		switch e {
		case "pause":
			return Paused, nil
		case "stop":
			return Stopped, nil
		}
	case Paused:
		switch e {
		case "resume":
			return Running, nil
		case "stop":
			return Stopped, nil
		}
	}
	return s, fmt.Errorf("invalid event %q in state %v", e, s)
}

func main() {
	s := Idle
	history := []State{s}
	for _, e := range []Event{"start", "pause", "start", "resume", "stop", "resume"} {
		ns, err := next(s, e)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-7v --%s--> %v\n", s, e, ns)
		s = ns
		history = append(history, s)
	}
	fmt.Println(history)
	seen := map[State]bool{}
	for _, h := range history {
		seen[h] = true
	}
	fmt.Println(len(seen), seen[Paused], seen[Idle])
}
