// A type switch over a fmt.Stringer with a case for a named int whose
// type is also the last field of a struct with value methods: only
// pointers to the struct are put in the interface.
package main

import (
	"fmt"
	"time"
)

type Status int

func (s Status) String() string { return [...]string{"idle", "busy"}[s] }

type Worker struct {
	Name  string
	Since time.Time
	State Status
}

func (w Worker) String() string { return w.Name + ":" + w.State.String() }

func describe(s fmt.Stringer) string {
	switch v := s.(type) {
	case Status:
		return "status " + v.String()
	case *Worker:
		return "worker " + v.Name
	}
	return "?"
}

func main() {
	w := &Worker{Name: "w1", State: 1}
	fmt.Println(describe(w))
	fmt.Println(describe(Status(0)))
	fmt.Println(describe(time.Second))
}
