package main

import "fmt"

type Cache[K comparable, V any] struct {
	data map[K]V
	hits int
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V)}
}

func (c *Cache[K, V]) Get(k K, compute func(K) V) V {
	if v, ok := c.data[k]; ok {
		c.hits++
		return v
	}
	v := compute(k)
	c.data[k] = v
	return v
}

func main() {
	c := NewCache[int, string]()
	f := func(k int) string { return fmt.Sprintf("v%d", k*10) }
	fmt.Println(c.Get(1, f), c.Get(2, f), c.Get(1, f), c.hits)
}
