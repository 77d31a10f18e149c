package main

import (
	"encoding/json"
	"fmt"
)

type Suit int

const (
	Spades Suit = iota
	Hearts
)

func (s Suit) String() string { return []string{"♠", "♥"}[s] }

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte([]string{"low", "high"}[l]), nil }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) String() string { return fmt.Sprintf("stack%v", s.items) }

func (s *Stack[T]) JSON() string {
	b, err := json.Marshal(s.items)
	if err != nil {
		return err.Error()
	}
	return string(b)
}

func main() {
	cards := &Stack[Suit]{}
	cards.Push(Hearts)
	cards.Push(Spades)
	cards.Push(Hearts)
	fmt.Println(cards)
	top, _ := cards.Pop()
	fmt.Println("popped", top, "left", cards)

	levels := &Stack[Level]{}
	levels.Push(1)
	levels.Push(0)
	fmt.Println(levels.JSON())

	nums := &Stack[int]{}
	nums.Push(7)
	fmt.Println(nums, nums.JSON())
}
