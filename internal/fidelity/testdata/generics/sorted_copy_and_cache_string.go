package main

import (
	"fmt"
	"sort"
	"strings"
)

type Code int

func (c Code) String() string { return fmt.Sprintf("C%d", int(c)) }

type Tag string

func SortedCopy[T interface{ ~int | ~string }](xs []T) []T {
	out := append([]T(nil), xs...)
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
}

func (c *Cache[K, V]) Put(k K, v V) {
	c.order = append(c.order, k)
	c.data[k] = v
}

func (c *Cache[K, V]) String() string {
	var sb strings.Builder
	for _, k := range c.order {
		fmt.Fprintf(&sb, "%v:%v ", k, c.data[k])
	}
	return sb.String()
}

func main() {
	c := &Cache[Tag, Code]{data: map[Tag]Code{}}
	c.Put("a", 1)
	fmt.Println(c)
	fmt.Println(SortedCopy([]Code{3, 1}))
}
