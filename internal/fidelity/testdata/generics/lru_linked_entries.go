package main

import "fmt"

type entry[K comparable, V any] struct {
	key        K
	val        V
	prev, next *entry[K, V]
}

type LRU[K comparable, V any] struct {
	cap        int
	m          map[K]*entry[K, V]
	head, tail *entry[K, V]
}

func NewLRU[K comparable, V any](n int) *LRU[K, V] {
	return &LRU[K, V]{cap: n, m: map[K]*entry[K, V]{}}
}

func (c *LRU[K, V]) unlink(e *entry[K, V]) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU[K, V]) front(e *entry[K, V]) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.m[k]; ok {
		c.unlink(e)
		c.front(e)
		return e.val, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.m[k]; ok {
		e.val = v
		c.unlink(e)
		c.front(e)
		return
	}
	if len(c.m) == c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.m, old.key)
	}
	e := &entry[K, V]{key: k, val: v}
	c.m[k] = e
	c.front(e)
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for e := c.head; e != nil; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func main() {
	c := NewLRU[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Get("a")
	c.Put("c", 3)
	_, okb := c.Get("b")
	fmt.Println(c.Keys(), okb)
	fmt.Printf("%T %v\n", c, len(c.m))
	d := NewLRU[int, []string](3)
	d.Put(1, []string{"x"})
	fmt.Println(d.Keys())
	fmt.Printf("%v %v\n", c.head.key, c.head.next.key)
}
