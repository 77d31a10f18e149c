// A deferred method call on a struct literal, with arguments, in a for
// loop and in a loop written with goto: each call gets its pass's
// receiver and arguments.
package main

import "fmt"

type step struct{ n int }

func (s step) undo(what string, cost int) { fmt.Println("undo", what, s.n, "cost", cost) }

func forLoop() {
	for i := 0; i < 2; i++ {
		cost := (i + 1) * 10
		defer step{i}.undo("for", cost)
	}
}

func gotoLoop() {
	costs := []int{5, 6}
	i := 0
again:
	defer step{n: i}.undo("goto", costs[i%2])
	i++
	if i < 3 {
		goto again
	}
}

func main() {
	forLoop()
	gotoLoop()
}
