package main

import "fmt"

type Counter struct{ N int }

func (c Counter) Value() int { return c.N }

type Valuer interface{ Value() int }

func snapshot() Valuer {
	c := Counter{1}
	defer func() { c.N = 5 }()
	return c
}

type Store struct{ cur Counter }

func (s *Store) Current() Valuer { return s.cur }

func main() {
	fmt.Println(snapshot().Value())
	s := &Store{Counter{7}}
	v := s.Current()
	s.cur.N = 8
	fmt.Println(v.Value(), s.Current().Value())
}
