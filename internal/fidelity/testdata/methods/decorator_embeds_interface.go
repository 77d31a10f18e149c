package main

import (
	"fmt"
	"strings"
)

type Store interface {
	Get(key string) (string, bool)
	Set(key, value string)
}

type mapStore struct{ m map[string]string }

func (s *mapStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *mapStore) Set(k, v string)             { s.m[k] = v }

// countingStore decorates a Store by embedding it.
type countingStore struct {
	Store
	sets int
}

func (c *countingStore) Set(k, v string) {
	c.sets++
	c.Store.Set(k, strings.ToUpper(v))
}

func main() {
	cs := &countingStore{Store: &mapStore{m: map[string]string{}}}
	cs.Set("a", "x")
	cs.Set("b", "y")
	v, ok := cs.Get("a")
	_, missing := cs.Get("z")
	fmt.Println(v, ok, missing, cs.sets)
	var s Store = cs
	s.Set("c", "z")
	got, _ := s.Get("c")
	fmt.Println(got, cs.sets)
}
