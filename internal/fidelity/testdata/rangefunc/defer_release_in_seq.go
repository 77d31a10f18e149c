package main

import (
	"fmt"
	"iter"
	"sync"
)

type Store struct {
	mu    sync.Mutex
	items map[string]int
	log   []string
}

func (s *Store) Keys() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, k := range []string{"a", "b", "c"} {
			if _, ok := s.items[k]; ok && !yield(k) {
				return
			}
		}
	}
}

func (s *Store) release(k string) { s.log = append(s.log, "released "+k) }

func (s *Store) Sum() (total int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k := range s.Keys() {
		defer s.release(k)
		total += s.items[k]
		if total > 10 {
			return total
		}
	}
	s.log = append(s.log, "all keys read")
	return total
}

func main() {
	s := &Store{items: map[string]int{"a": 1, "c": 3}}
	fmt.Println(s.Sum(), s.log)
	s.items["b"] = 20
	s.log = nil
	fmt.Println(s.Sum(), s.log)
}
