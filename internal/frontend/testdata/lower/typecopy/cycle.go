// Generic types the interpreter instantiates until its stack overflows: a
// type of several type parameters that refers to itself (a tree map's
// node[K, V]), and types that refer to each other (a list's Elem[T] and
// List[T]). They are written out per instance, with the generic type
// whose declaration holds them (Tree[K, V]); the copies refer to one
// another without type parameters.
package main

import "fmt"

type node[K comparable, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

type Tree[K comparable, V any] struct {
	root *node[K, V]
	less func(a, b K) bool
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		if t.less(k, (*p).key) {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	*p = &node[K, V]{key: k, val: v}
}

func (t *Tree[K, V]) Walk(f func(K, V)) {
	var walk func(n *node[K, V])
	walk = func(n *node[K, V]) {
		if n != nil {
			walk(n.left)
			f(n.key, n.val)
			walk(n.right)
		}
	}
	walk(t.root)
}

type Elem[T any] struct {
	Value T
	list  *List[T]
}

type List[T any] struct {
	root Elem[T]
	len  int
}

func (l *List[T]) Init() *List[T] {
	l.root.list = l
	return l
}

func main() {
	t := &Tree[string, int]{less: func(a, b string) bool { return a < b }}
	for i, w := range []string{"m", "c", "x", "a"} {
		t.Put(w, i)
	}
	var kv []string
	t.Walk(func(k string, v int) { kv = append(kv, fmt.Sprint(k, "=", v)) })
	fmt.Println(kv)
	l := new(List[int]).Init()
	fmt.Println(l.len, l.root.list == l)
	fmt.Printf("%T %T\n", t, l)
}

// Output:
// [a=3 c=1 m=0 x=2]
// 0 true
// *main.Tree[string,int] *main.List[int]
