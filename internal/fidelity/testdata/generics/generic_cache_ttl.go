package main

import (
	"fmt"
	"sort"
	"time"
)

type entry[V any] struct {
	val     V
	expires time.Time
}

type Cache[K comparable, V any] struct {
	items map[K]entry[V]
	ttl   time.Duration
	now   func() time.Time
	hits  int
	miss  int
}

func NewCache[K comparable, V any](ttl time.Duration, now func() time.Time) *Cache[K, V] {
	return &Cache[K, V]{items: make(map[K]entry[V]), ttl: ttl, now: now}
}

func (c *Cache[K, V]) Set(k K, v V) { c.items[k] = entry[V]{v, c.now().Add(c.ttl)} }

func (c *Cache[K, V]) Get(k K) (V, bool) {
	e, ok := c.items[k]
	if !ok || c.now().After(e.expires) {
		c.miss++
		var zero V
		return zero, false
	}
	c.hits++
	return e.val, true
}

func (c *Cache[K, V]) Purge() []K {
	var gone []K
	for k, e := range c.items {
		if c.now().After(e.expires) {
			delete(c.items, k)
			gone = append(gone, k)
		}
	}
	return gone
}

func main() {
	clock := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	c := NewCache[string, []int](time.Minute, func() time.Time { return clock })
	c.Set("a", []int{1})
	c.Set("b", []int{2, 3})
	v, ok := c.Get("a")
	fmt.Println(v, ok)
	clock = clock.Add(30 * time.Second)
	c.Set("c", nil)
	clock = clock.Add(45 * time.Second)
	_, ok = c.Get("a")
	v, ok2 := c.Get("c")
	fmt.Println(ok, v, ok2)
	gone := c.Purge()
	sort.Strings(gone)
	fmt.Println(gone, len(c.items), c.hits, c.miss)
}
