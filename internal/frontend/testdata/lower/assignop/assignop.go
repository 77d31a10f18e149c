// In x[k] op= f(), the call runs before the place is read and written, so
// the place is the one the call leaves: a map or slice the call assigns,
// an index it changes, a pointer it moves. The calls of the place run
// first, in their order; its checks come after f; a post statement and an
// initial statement get the same order.
package main

import "fmt"

type counter struct{ n int }

func main() {
	one := map[string]int{"a": 1}
	two := map[string]int{"a": 2}
	m := one
	m["a"] += func() int { m = two; return 10 }()
	fmt.Println(one, two)

	s := []int{1, 2}
	i := 0
	s[i] += func() int { i = 1; return 10 }()
	fmt.Println(s)

	a, b := 1, 2
	p := &a
	*p *= func() int { p = &b; return 10 }()
	fmt.Println(a, b)

	c := &counter{1}
	first := c
	c.n -= func() int { c = &counter{5}; return 1 }()
	fmt.Println(first.n, c.n)

	ch := make(chan int, 1)
	ch <- 3
	totals := map[string]int{}
	totals["x"] += <-ch
	n := 1
	n += func() int { n = 100; return 1 }()
	fmt.Println(totals, n)

	var order []string
	key := func(k string) string { order = append(order, "key "+k); return k }
	m = one
	m[key("a")] += func() int { order = append(order, "value"); m = two; return 100 }()
	fmt.Println(one, two, order)

	cells := []int{1, 2, 3}
	old := cells
	cellsOf := func() []int { return cells }
	cellsOf()[0] *= func() int { cells = []int{7}; return 2 }()
	ptr := func() *int { return &a }
	*ptr() += func() int { a = 30; return 1 }()
	prev := first
	at := func() *counter { return first }
	at().n += func() int { first = c; return 10 }()
	fmt.Println(old, cells, a, prev.n, first == c)

	defer func() { fmt.Println("recovered:", recover()) }()
	for j := 0; j < len(s)-1; s[j] += func() int { j++; return j }() {
	}
	fmt.Println(s)
	if s[0] -= func() int { s = []int{5}; return 1 }(); s[0] == 4 {
		fmt.Println(s)
	}
	short := []int{}
	short[i] += func() int { fmt.Println("the value first"); return 1 }()
}

// Output:
// map[a:1] map[a:12]
// [1 12]
// 1 20
// 1 4
// map[x:3] 101
// map[a:1] map[a:112] [key a value]
// [2 2 3] [7] 31 11 true
// [1 13]
// [4]
// the value first
// recovered: runtime error: index out of range [1] with length 0
