// Generic code that hands values made of its type parameters to fmt and
// encoding/json runs as copies written for each instantiation, where the
// lowerings see the types written out (yaegi held a []Color as a []int:
// Print printed [1 0], and json.Marshal ignored MarshalText).
package main

import (
	"encoding/json"
	"fmt"
)

type Color int

func (c Color) String() string { return []string{"red", "green"}[c] }

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte([]string{"low", "high"}[l]), nil }

type Task struct {
	Name  string
	Level Level
}

func Print[T any](vs []T) { fmt.Println(vs, len(vs)) }

func Encode[T any](v T) string {
	b, _ := json.Marshal(v)
	return string(b)
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T)       { s.items = append(s.items, v) }
func (s *Stack[T]) String() string { return fmt.Sprint(s.items) }

func main() {
	Print([]Color{1, 0})
	Print([]int{3})
	fmt.Println(Encode(Task{"t", 1}), Encode([]Level{0}))
	s := &Stack[Color]{}
	s.Push(1)
	fmt.Println(s)
}

// Output:
// [green red] 2
// [3] 1
// {"Name":"t","Level":"high"} ["low"]
// [green]
