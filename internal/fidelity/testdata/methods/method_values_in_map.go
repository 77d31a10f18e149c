package main

import (
	"fmt"
	"sort"
)

type Calc struct{ acc int }

func (c *Calc) Add(n int)   { c.acc += n }
func (c *Calc) Sub(n int)   { c.acc -= n }
func (c *Calc) Mul(n int)   { c.acc *= n }
func (c Calc) Show() string { return fmt.Sprint("acc=", c.acc) }

func main() {
	c := &Calc{}
	ops := map[string]func(int){
		"add": c.Add,
		"sub": c.Sub,
		"mul": c.Mul,
	}
	prog := []struct {
		op string
		n  int
	}{{"add", 5}, {"mul", 3}, {"sub", 1}, {"mul", 2}}
	for _, step := range prog {
		ops[step.op](step.n)
	}
	show := c.Show
	c.Add(100)
	fmt.Println(show(), c.Show())
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(names)
	var fn func(*Calc, int) = (*Calc).Add
	fn(c, 1)
	fmt.Println(c.acc)
}
