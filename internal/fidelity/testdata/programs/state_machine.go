package main

import "fmt"

type State int

const (
	Locked State = iota
	Unlocked
)

func (s State) String() string {
	if s == Locked {
		return "Locked"
	}
	return "Unlocked"
}

type Turnstile struct{ state State }

func (t *Turnstile) Event(e string) {
	switch {
	case t.state == Locked && e == "coin":
		t.state = Unlocked
	case t.state == Unlocked && e == "push":
		t.state = Locked
	}
	fmt.Printf("%-5s -> %v\n", e, t.state)
}

func main() {
	var t Turnstile
	for _, e := range []string{"push", "coin", "coin", "push", "push"} {
		t.Event(e)
	}
}
