// In x[k] op= f(), the call runs before the place is read and written, so
// the place is the one the call leaves: a map or slice the call assigns,
// an index it changes, a pointer it moves.
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
}

// Output:
// map[a:1] map[a:12]
// [1 12]
// 1 20
// 1 4
// map[x:3] 101
