package main

import (
	"errors"
	"fmt"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type NotFound struct{ Name string }

func (n NotFound) Error() string { return n.Name + " not found" }

func lookup(items []any, key string) (int, error) {
	for _, it := range items {
		switch p := it.(type) {
		case Pair[string, int]:
			if p.Key == key {
				return p.Val, nil
			}
		case Pair[string, string]:
			if p.Key == key {
				return 0, fmt.Errorf("%s holds a string (%q)", key, p.Val)
			}
		}
	}
	return 0, NotFound{key}
}

func main() {
	items := []any{Pair[string, int]{"a", 1}, Pair[string, string]{"b", "x"}, 3}
	for _, k := range []string{"a", "b", "c"} {
		v, err := lookup(items, k)
		var nf NotFound
		fmt.Println(k, v, err, errors.As(err, &nf))
	}
	p, ok := items[0].(Pair[string, int])
	fmt.Println(p, ok, p.Val+1)
	_, ok = items[1].(Pair[string, int])
	fmt.Println(ok)
}
