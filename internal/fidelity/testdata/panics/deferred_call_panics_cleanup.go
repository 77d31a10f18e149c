// A deferred function that panics, in a function it calls or at run time,
// still lets the calls deferred before it run, as Go does.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type Store struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *Store) Bump(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	defer func() {
		s.m[k]++ // nil map: a run-time panic
	}()
}

func mustPositive(n int) {
	if n < 0 {
		panic(errors.New("negative"))
	}
}

func check(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("check: %v", r)
		}
	}()
	defer fmt.Println("  check cleanup", n)
	defer func() {
		mustPositive(n)
	}()
	return nil
}

func loops() {
	defer fmt.Println("  loops done")
	for i := range 3 {
		defer func() {
			if i == 1 {
				var xs []int
				_ = xs[i]
			}
			fmt.Println("  loop defer", i)
		}()
	}
}

func main() {
	s := &Store{}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.Bump("x")
	}()
	s.mu.Lock() // the deferred Unlock ran
	fmt.Println("locked again")
	s.mu.Unlock()

	fmt.Println(check(1))
	fmt.Println(check(-1))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		loops()
	}()
}
