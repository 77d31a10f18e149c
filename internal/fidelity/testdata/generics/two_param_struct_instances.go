package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Cache[K comparable, V any] struct {
	items map[K]V
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{items: map[K]V{}}
}

func (c *Cache[K, V]) Put(k K, v V) { c.items[k] = v }

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.items[k]
	return v, ok
}

func main() {
	a := Pair[string, int]{"a", 1}
	fmt.Println(a.Key, a.Val)
	b := Pair[string, int]{Key: "b", Val: 2}
	fmt.Println(a.Key, a.Val, b.Key, b.Val)
	pairs := []Pair[string, int]{a, b, {"c", 3}}
	sum := 0
	for _, p := range pairs {
		sum += p.Val
	}
	fmt.Println(len(pairs), sum)
	c := NewCache[string, float64]()
	c.Put("pi", 3.14)
	v, ok := c.Get("pi")
	_, missing := c.Get("e")
	fmt.Println(v, ok, missing)
}
