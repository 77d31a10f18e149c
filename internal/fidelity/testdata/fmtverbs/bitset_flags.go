package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	if p == 0 {
		return "---"
	}
	var b strings.Builder
	for _, x := range []struct {
		f Perm
		c byte
	}{{Read, 'r'}, {Write, 'w'}, {Exec, 'x'}} {
		if p&x.f != 0 {
			b.WriteByte(x.c)
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}

type BitSet []uint64

func (b *BitSet) Set(i int) {
	for len(*b) <= i/64 {
		*b = append(*b, 0)
	}
	(*b)[i/64] |= 1 << (i % 64)
}

func (b BitSet) Has(i int) bool { return i/64 < len(b) && b[i/64]&(1<<(i%64)) != 0 }

func (b BitSet) Count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

func main() {
	p := Read | Exec
	fmt.Println(p, p|Write, p&^Read, Perm(0))
	fmt.Printf("%d %03b %v\n", p, p, []Perm{Read, Write | Exec})
	var bs BitSet
	for _, i := range []int{1, 5, 64, 130, 5} {
		bs.Set(i)
	}
	fmt.Println(bs.Count(), bs.Has(64), bs.Has(63), len(bs))
	fmt.Println(bits.LeadingZeros32(1), bits.TrailingZeros(8), bits.Reverse8(1), bits.Len(255))
	var x uint8 = 200
	x += 100
	fmt.Println(x, ^uint16(0), -7>>1, -7/2, uint32(1)<<31)
}
