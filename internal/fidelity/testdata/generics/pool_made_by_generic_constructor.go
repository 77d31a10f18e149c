package main

import "fmt"

type Pool[T any, PT interface{ *T }] struct{ made int }

func NewPool[T any, PT interface{ *T }]() *Pool[T, PT] { return &Pool[T, PT]{} }

func (p *Pool[T, PT]) Get() PT {
	p.made++
	return PT(new(T))
}

type Counter struct{ n int }

func main() {
	p := NewPool[Counter, *Counter]()
	c := p.Get()
	c.n = 5
	fmt.Println(c.n, p.made)
}
