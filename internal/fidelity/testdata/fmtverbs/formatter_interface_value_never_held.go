package main

import "fmt"

type PF struct{ N int }

func (p *PF) Format(f fmt.State, c rune) { fmt.Fprintf(f, "PF[%c %d]", c, p.N) }

type VF struct{ N int }

func (v VF) Format(f fmt.State, c rune) { fmt.Fprintf(f, "VF[%c %d]", c, v.N) }

func main() {
	var s fmt.Formatter = &PF{1}
	fmt.Printf("%d %o\n", s, s)
	_ = 0
}
