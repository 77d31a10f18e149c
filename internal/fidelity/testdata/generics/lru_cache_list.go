// A textbook LRU cache: a generic type over container/list whose
// elements are entries of a generic type of two type parameters.
package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	cap   int
	ll    *list.List
	items map[K]*list.Element
	evict func(K, V)
}

func NewLRU[K comparable, V any](n int, onEvict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: n, ll: list.New(), items: make(map[K]*list.Element), evict: onEvict}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry[K, V]).val, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	e := c.ll.PushFront(&entry[K, V]{k, v})
	c.items[k] = e
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		en := last.Value.(*entry[K, V])
		c.ll.Remove(last)
		delete(c.items, en.key)
		if c.evict != nil {
			c.evict(en.key, en.val)
		}
	}
}

func (c *LRU[K, V]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry[K, V])
		if e != c.ll.Front() {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "%v:%v", en.key, en.val)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	c := NewLRU[string, int](3, func(k string, v int) { fmt.Println("evict", k, v) })
	for i, k := range strings.Fields("a b c a d e b") {
		c.Put(k, i)
		fmt.Println(c)
	}
	v, ok := c.Get("a")
	fmt.Println(v, ok)
	v, ok = c.Get("zz")
	fmt.Println(v, ok)
	c2 := NewLRU[int, []string](2, nil)
	c2.Put(1, []string{"x"})
	c2.Put(2, nil)
	c2.Put(3, []string{"y", "z"})
	fmt.Println(c2.String())
	fmt.Printf("%v\n", c2)
}
