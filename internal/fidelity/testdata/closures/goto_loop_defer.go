// A loop written with goto: each pass declares its variables anew, and a
// deferred closure or method call keeps that pass's.
package main

import "fmt"

type step struct{ n int }

func (s step) undo() { fmt.Println("undo step", s.n) }

func retry() {
	attempt := 0
again:
	delay := (attempt + 1) * 100
	defer func() { fmt.Println("attempt", attempt, "waited", delay) }()
	s := step{attempt}
	defer s.undo()
	attempt++
	if attempt < 3 {
		goto again
	}
}

func main() {
	retry()
}
