package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var stateNames = [...]string{"idle", "running", "paused", "stopped"}

func (s State) String() string {
	if s < 0 || int(s) >= len(stateNames) {
		return fmt.Sprintf("State(%d)", int(s))
	}
	return stateNames[s]
}

type Event string

var transitions = map[State]map[Event]State{
	Idle:    {"start": Running},
	Running: {"pause": Paused, "stop": Stopped},
	Paused:  {"resume": Running, "stop": Stopped},
}

func (s State) Next(e Event) (State, error) {
	if n, ok := transitions[s][e]; ok {
		return n, nil
	}
	return s, fmt.Errorf("no transition from %v on %q", s, e)
}

func main() {
	s := Idle
	for _, e := range []Event{"start", "pause", "start", "resume", "stop", "start"} {
		n, err := s.Next(e)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%v --%s--> %v\n", s, e, n)
		s = n
	}
	fmt.Println(State(7), []State{Idle, Stopped}, map[State]int{Paused: 2})
	fmt.Printf("%d %v %s %q %x\n", s, s, s, s, s)
}
