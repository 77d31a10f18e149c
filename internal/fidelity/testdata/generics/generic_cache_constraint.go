package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	limit int
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), limit: limit}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
	}
	c.data[k] = v
	if len(c.order) > c.limit {
		oldest := c.order[0]
		c.order = c.order[1:]
		delete(c.data, oldest)
	}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache[K, V]) Keys() []K { return slices.Clone(c.order) }

var ErrEmpty = errors.New("empty input")

func MaxBy[T any, K Ordered](xs []T, key func(T) K) (T, error) {
	var zero T
	if len(xs) == 0 {
		return zero, ErrEmpty
	}
	best := xs[0]
	for _, x := range xs[1:] {
		if key(x) > key(best) {
			best = x
		}
	}
	return best, nil
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	c := NewCache[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("a", 10)
	c.Put("c", 3)
	fmt.Println(c.Keys())
	for _, k := range []string{"a", "b", "c"} {
		v, ok := c.Get(k)
		fmt.Println(k, v, ok)
	}

	emps := []Employee{
		{"ann", "eng", 120}, {"bob", "ops", 90}, {"cid", "eng", 130}, {"dan", "ops", 95},
	}
	top, err := MaxBy(emps, func(e Employee) int { return e.Salary })
	fmt.Println(top, err)
	_, err = MaxBy([]Employee{}, func(e Employee) string { return e.Name })
	fmt.Println(err, errors.Is(err, ErrEmpty))
	byName, _ := MaxBy(emps, func(e Employee) string { return e.Name })
	fmt.Printf("%+v\n", byName)

	groups := GroupBy(emps, func(e Employee) string { return e.Dept })
	depts := make([]string, 0, len(groups))
	for d := range groups {
		depts = append(depts, d)
	}
	slices.Sort(depts)
	for _, d := range depts {
		total := Reduce(groups[d], 0, func(acc int, e Employee) int { return acc + e.Salary })
		names := Reduce(groups[d], []string{}, func(acc []string, e Employee) []string { return append(acc, e.Name) })
		fmt.Printf("%s: %d %s\n", d, total, strings.Join(names, ","))
	}
	slices.SortFunc(emps, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(a.Dept, b.Dept), -cmp.Compare(a.Salary, b.Salary))
	})
	fmt.Println(emps)
}
