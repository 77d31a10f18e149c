package main

import (
	"fmt"
	"sort"
	"sync"
)

type Cache[K comparable, V any] struct {
	mu   sync.Mutex
	data map[K]V
	hits int
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V)}
}

func (c *Cache[K, V]) Get(k K, load func(K) V) V {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		c.hits++
		return v
	}
	v := load(k)
	c.data[k] = v
	return v
}

func (c *Cache[K, V]) Keys() []K {
	c.mu.Lock()
	defer c.mu.Unlock()
	keys := make([]K, 0, len(c.data))
	for k := range c.data {
		keys = append(keys, k)
	}
	return keys
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	c := NewCache[Color, string]()
	load := func(col Color) string { return "#" + col.String() }
	var wg sync.WaitGroup
	for i := 0; i < 9; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Get(Color(i%3), load)
		}()
	}
	wg.Wait()
	keys := c.Keys()
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	fmt.Println(keys, c.hits)
	for _, k := range keys {
		fmt.Printf("%v=%s ", k, c.Get(k, load))
	}
	fmt.Println()
}
