package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type Tree[K cmp.Ordered] struct {
	root *node[K]
	size int
}

type node[K cmp.Ordered] struct {
	key         K
	count       int
	left, right *node[K]
}

func (t *Tree[K]) Add(k K) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).count++
			return
		}
	}
	*p = &node[K]{key: k, count: 1}
	t.size++
}

func (t *Tree[K]) All() iter.Seq2[K, int] {
	return func(yield func(K, int) bool) {
		var walk func(n *node[K]) bool
		walk = func(n *node[K]) bool {
			return n == nil || (walk(n.left) && yield(n.key, n.count) && walk(n.right))
		}
		walk(t.root)
	}
}

func (t *Tree[K]) String() string {
	var sb strings.Builder
	for k, v := range t.All() {
		fmt.Fprintf(&sb, "%v:%d ", k, v)
	}
	return strings.TrimSpace(sb.String())
}

type Word string

func main() {
	t := &Tree[string]{}
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		t.Add(w)
	}
	fmt.Println(t, t.size)
	for k, v := range t.All() {
		if k > "fox" {
			break
		}
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	ft := &Tree[float64]{}
	for _, f := range []float64{2.5, -1, 2.5, 0} {
		ft.Add(f)
	}
	fmt.Println(ft)
	wt := &Tree[Word]{}
	wt.Add("z")
	wt.Add("a")
	fmt.Printf("%v %s\n", wt, wt)
}
