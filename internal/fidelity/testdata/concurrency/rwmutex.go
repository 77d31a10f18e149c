package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu sync.RWMutex
	m  map[string]string
}

func (s *Store) Get(k string) string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m[k]
}

func (s *Store) Set(k, v string) {
	s.mu.Lock()
	s.m[k] = v
	s.mu.Unlock()
}

func main() {
	s := &Store{m: map[string]string{}}
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Set(fmt.Sprint("k", i), fmt.Sprint(i))
		}()
	}
	wg.Wait()
	fmt.Println(s.Get("k3"), len(s.m))
}
