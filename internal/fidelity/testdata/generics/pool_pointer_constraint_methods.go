package main

import (
	"fmt"
	"strings"
)

type Resetter interface{ Reset() }

type Pool[T any, PT interface {
	*T
	Resetter
}] struct {
	free []PT
	made int
}

func (p *Pool[T, PT]) Get() PT {
	if n := len(p.free); n > 0 {
		x := p.free[n-1]
		p.free = p.free[:n-1]
		return x
	}
	p.made++
	return PT(new(T))
}

func (p *Pool[T, PT]) Put(x PT) { x.Reset(); p.free = append(p.free, x) }

type Buf struct{ sb strings.Builder }

func (b *Buf) Reset() { b.sb.Reset() }

type Counter struct{ N int }

func (c *Counter) Reset() { c.N = 0 }

func main() {
	var bp Pool[Buf, *Buf]
	b := bp.Get()
	b.sb.WriteString("hello")
	fmt.Println(b.sb.String())
	bp.Put(b)
	b2 := bp.Get()
	fmt.Println(b2 == b, b2.sb.Len(), bp.made)
	var cp Pool[Counter, *Counter]
	c := cp.Get()
	c.N = 9
	cp.Put(c)
	fmt.Println(*cp.Get(), cp.made, *cp.Get(), cp.made)
}
