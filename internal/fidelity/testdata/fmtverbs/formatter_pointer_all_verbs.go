package main

import "fmt"

type PF struct{ N int }

func (p *PF) Format(f fmt.State, c rune) { fmt.Fprintf(f, "PF[%c %d]", c, p.N) }

type VF struct{ N int }

func (v VF) Format(f fmt.State, c rune) { fmt.Fprintf(f, "VF[%c %d]", c, v.N) }

type Safe struct{ N int }

func (p *Safe) Format(f fmt.State, c rune) {
	if p == nil {
		fmt.Fprintf(f, "nil-safe %c", c)
		return
	}
	fmt.Fprintf(f, "S%d", p.N)
}

func main() {
	var np *PF
	fmt.Printf("%d|%v|%t\n", np, np, np)
	// %p is the address, the methods uncalled.
	fmt.Printf("%p [%p]\n", np, np)
	q := &PF{9}
	r := q
	fmt.Println(fmt.Sprintf("%p", q) == fmt.Sprintf("%p", r), fmt.Sprintf("%p", q)[:2])
	var s *Safe
	fmt.Printf("%d|%5.1f|%v\n", s, s, &Safe{3})
	p := &PF{1}
	fmt.Printf("%v|%d|%s|%x|%q|%+v|%#v|%5.2f|%t\n", p, p, p, p, p, p, p, p, p)
	v := VF{2}
	fmt.Printf("%v|%d|%s|%x|%q|%+v|%#v|%5.2f|%t\n", v, v, v, v, v, v, v, v, v)
	fmt.Printf("%v|%d|%s\n", &v, &v, &v)
	fmt.Println(fmt.Sprintf("%d", p), fmt.Sprintf("%x", v))
}
