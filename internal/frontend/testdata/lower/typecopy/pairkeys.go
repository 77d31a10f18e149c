package main

import (
	"fmt"
	"slices"
)

type pair[K, V comparable] struct {
	k K
	v V
}

// Counter and Gauge both have a method Add, so they are written out for
// each instance; Counter's Keys instantiates a generic function with an
// instance of pair written with its own type parameters, which only
// runs in the copies.
type Counter[K, V comparable] struct{ m map[pair[K, V]]int }

func (c *Counter[K, V]) Add(k K, v V) {
	if c.m == nil {
		c.m = map[pair[K, V]]int{}
	}
	c.m[pair[K, V]{k, v}]++
}

func (c *Counter[K, V]) Keys() []pair[K, V] { return keys(c.m) }

type Gauge[K comparable] struct{ last map[K]float64 }

func (g *Gauge[K]) Add(k K, x float64) {
	if g.last == nil {
		g.last = map[K]float64{}
	}
	g.last[k] = x
}

func keys[K comparable, V any](m map[K]V) []K {
	var out []K
	for k := range m {
		out = append(out, k)
	}
	return out
}

func main() {
	var c Counter[string, int]
	c.Add("a", 1)
	c.Add("a", 1)
	c.Add("b", 2)
	ks := c.Keys()
	slices.SortFunc(ks, func(x, y pair[string, int]) int { return x.v - y.v })
	fmt.Println(ks, c.m[pair[string, int]{"a", 1}])
	var g Gauge[string]
	g.Add("t", 21.5)
	fmt.Printf("%v %T\n", g.last["t"], g)
}

// Output:
// [{a 1} {b 2}] 2
// 21.5 main.Gauge[string]
