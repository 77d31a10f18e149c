// A declared function and a method that call recover, deferred by name in
// a loop, recover the panic (called from a wrapping literal, recover would
// return nil); a variadic function deferred in a loop with no values gets
// a nil slice.
package main

import "fmt"

func guard(round int) {
	if r := recover(); r != nil {
		fmt.Println("round", round, "recovered:", r)
	}
}

type supervisor struct{ name string }

func (s *supervisor) guard() {
	if r := recover(); r != nil {
		fmt.Println(s.name, "recovered:", r)
	}
}

func tags(ts ...string) { fmt.Println(len(ts), ts == nil) }

func work() {
	for round := range 2 {
		defer guard(round)
	}
	panic("work failed")
}

func supervised() {
	s := &supervisor{"boss"}
	for range 1 {
		defer s.guard()
	}
	panic("task failed")
}

func main() {
	work()
	supervised()
	for range 1 {
		defer tags()
	}
}
