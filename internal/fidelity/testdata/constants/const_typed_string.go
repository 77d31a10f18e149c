package main

import "fmt"

type State string

const (
	Idle    State = "idle"
	Running State = "running"
)

func main() {
	s := Running
	fmt.Printf("%v %T %q\n", s, s, Idle)
	fmt.Println(s == "running", len(s))
}
