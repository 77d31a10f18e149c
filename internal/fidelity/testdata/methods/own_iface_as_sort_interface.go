package main

import (
	"fmt"
	"sort"
)

type Collection interface {
	sort.Interface
	Name() string
}

type byLen struct {
	label string
	xs    []string
}

func (b *byLen) Len() int           { return len(b.xs) }
func (b *byLen) Less(i, j int) bool { return len(b.xs[i]) < len(b.xs[j]) }
func (b *byLen) Swap(i, j int)      { b.xs[i], b.xs[j] = b.xs[j], b.xs[i] }
func (b *byLen) Name() string       { return b.label }

func main() {
	var c Collection = &byLen{"words", []string{"ccc", "a", "bb"}}
	sort.Sort(c)
	fmt.Println(c.Name(), c.(*byLen).xs)
}
