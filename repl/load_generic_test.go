package repl_test

import (
	"context"
	"strings"
	"testing"

	"github.com/asyncrepl/asyncrepl/repl"
)

// TestLoadGenericInstances checks a :load whose main writes out an
// instance of a generic type of two type parameters several times, and
// calls a generic constructor of a type whose method calls it too (the
// session's aliases hold the instances, see
// internal/frontend/lower_geninstance.go).
func TestLoadGenericInstances(t *testing.T) {
	const prog = `package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := MAKE
	for k := range s {
		r[k] = struct{}{}
	}
	for k := range o {
		r[k] = struct{}{}
	}
	return r
}

func (s Set[T]) String() string {
	parts := []string{}
	for k := range s {
		parts = append(parts, fmt.Sprint(k))
	}
	sort.Strings(parts)
	return "{" + strings.Join(parts, " ") + "}"
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	fmt.Println(NewSet(1, 2).Union(NewSet(3)))
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(ps, ps[0])
	total := Reduce(ps, 0, func(acc int, p Pair[string, int]) int { return acc + p.Val })
	fmt.Println(total)
}
`
	tests := []struct {
		name, make, out, errPat string
	}{
		{"made in the method", "Set[T]{}", "{1 2 3}\n[a=1 b=2] a=1\n3\n", ""},
		{"made by the constructor", "NewSet[T]()", "{1 2 3}\n[a=1 b=2] a=1\n3\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, out, errs := newSession(t, repl.Config{})
			err := s.Load(context.Background(), "lib.go", []byte(strings.Replace(prog, "MAKE", tt.make, 1)))
			if tt.errPat == "" {
				if err != nil {
					t.Fatalf("Load: %v\n%s", err, errs.String())
				}
				if got := out.String(); got != tt.out {
					t.Errorf("got %q, want %q", got, tt.out)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error()+errs.String(), tt.errPat) {
				t.Errorf("Load: %v\n%s\nwant an error with %q", err, errs.String(), tt.errPat)
			}
		})
	}
}

// TestLoadInitOrder checks that a :load initializes the file's variables
// in Go's order: a variable waits for the ones its initial value reads,
// also through a function it calls.
func TestLoadInitOrder(t *testing.T) {
	const prog = `package main

import "fmt"

var a = f()

func f() int { return b }

var b = 2

func main() { fmt.Println(a, b) }
`
	s, out, errs := newSession(t, repl.Config{})
	if err := s.Load(context.Background(), "order.go", []byte(prog)); err != nil {
		t.Fatalf("Load: %v\n%s", err, errs.String())
	}
	if err := s.Run(context.Background(), "fmt.Println(a + b)"); err != nil {
		t.Fatalf("Run: %v\n%s", err, errs.String())
	}
	if got, want := out.String(), "2 2\n4\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestLoadGenericCallInMethod checks a :load of a generic type whose
// method calls a generic function of the file with its own type
// parameter, instantiated with a type of the program's: the call is left
// to the interpreter's inference there as in a script (see
// internal/frontend/lower_paraminfer.go); written out, the interpreter
// failed on the file with a nil pointer dereference at 1:1.
func TestLoadGenericCallInMethod(t *testing.T) {
	const prog = `package main

import "fmt"

type Queue[T any] struct{ q []T }

func (q *Queue[T]) Push(v T)              { q.q = append(q.q, v) }
func (q *Queue[T]) Sum(f func(T) int) int { return SumBy(q.q, f) }

type Job struct {
	ID   int
	Name string
}

func main() {
	q := &Queue[Job]{}
	q.Push(Job{1, "x"})
	q.Push(Job{2, "y"})
	fmt.Println(q.Sum(func(j Job) int { return j.ID }))
}

func SumBy[T any](xs []T, f func(T) int) (n int) {
	for _, x := range xs {
		n += f(x)
	}
	return
}
`
	s, out, errs := newSession(t, repl.Config{})
	if err := s.Load(context.Background(), "queue.go", []byte(prog)); err != nil {
		t.Fatalf("Load: %v\n%s", err, errs.String())
	}
	for _, in := range []string{
		`q2 := &Queue[Job]{q: []Job{{3, "z"}}}`,
		`fmt.Println(q2.Sum(func(j Job) int { return j.ID * 2 }))`,
		`fmt.Println(SumBy([]Job{{4, "w"}}, func(j Job) int { return j.ID }))`,
	} {
		if err := s.Run(context.Background(), in); err != nil {
			t.Fatalf("Run(%q): %v\n%s", in, err, errs.String())
		}
	}
	if got, want := out.String(), "3\nq2 *Queue[Job] = &{q:[{ID:3 Name:z}]}\n6\n4\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestLoadLocalTypeHeld: a file whose last function declares a type and
// puts a value of it in an interface, with a type of the file's holding
// an interface printed: the registrations of how fmt prints the file's
// types, written at the file's end, inside that function's scope, named
// the local type, which the package level does not have ("undefined:
// __f4", at a position past the file's end).
func TestLoadLocalTypeHeld(t *testing.T) {
	const prog = `package main

import (
	"errors"
	"fmt"
)

type Item struct {
	Name string
	Err  error
}

func main() {
	type pair struct{ a, b int }
	var held any = pair{1, 2}
	fmt.Println(Item{"box", errors.New("bad")}, held)
}
`
	s, out, errs := newSession(t, repl.Config{})
	if err := s.Load(context.Background(), "local.go", []byte(prog)); err != nil {
		t.Fatalf("Load: %v\n%s", err, errs.String())
	}
	if err := s.Run(context.Background(), `fmt.Println(Item{Name: "x"})`); err != nil {
		t.Fatalf("Run: %v\n%s", err, errs.String())
	}
	if got, want := out.String(), "{box bad} {1 2}\n{x <nil>}\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
