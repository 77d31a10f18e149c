package main

import "fmt"

type Temp struct{ C float64 }

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", t.C) }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Store struct{ temps map[string]*Temp }

// Lookup returns a copy of the reading as an any, as a cache might.
func (s *Store) Lookup(k string) (any, bool) {
	p, ok := s.temps[k]
	if !ok {
		return nil, false
	}
	return *p, true
}

func boxed(r *Rect) any { return *r }

func main() {
	p := &Temp{21.5}
	fmt.Println(any(*p))
	s := &Store{temps: map[string]*Temp{"kitchen": p}}
	v, ok := s.Lookup("kitchen")
	p.C = 30
	fmt.Println(v, ok)
	r := boxed(&Rect{2, 3})
	fmt.Printf("%v %+v\n", r, r)
	rs := []*Rect{{4, 5}}
	fmt.Println(any(*rs[0]).(Rect).Area())
}
