// A generic type whose methods convert to a type parameter the program
// gives a type not predeclared (PT(new(T)) with *Counter, T(n) with
// Celsius) is written out per instance: the interpreter could not name
// the argument in the conversion.
package main

import "fmt"

type Celsius float64

type Stats[T ~int | ~float64] struct{ xs []T }

func (s *Stats[T]) Add(x T) { s.xs = append(s.xs, x) }

func (s *Stats[T]) Len() T { return T(len(s.xs)) }

type Pool[T any, PT interface{ *T }] struct{ made int }

func (p *Pool[T, PT]) Get() PT { p.made++; return PT(new(T)) }

func (p *Pool[T, PT]) Put(x PT) {}

type Counter struct{ N int }

func main() {
	var s Stats[Celsius]
	s.Add(1)
	s.Add(2)
	fmt.Println(s.Len())
	var cp Pool[Counter, *Counter]
	c := cp.Get()
	c.N = 3
	cp.Put(c)
	fmt.Println(*c, cp.made)
}

// Output:
// 2
// {3} 1
