package main

import (
	"fmt"
	"strings"
)

type Builder[T any] struct {
	items []T
	sep   string
}

func New[T any]() *Builder[T] { return &Builder[T]{sep: ","} }

func (b *Builder[T]) Add(x T) *Builder[T]      { b.items = append(b.items, x); return b }
func (b *Builder[T]) Sep(s string) *Builder[T] { b.sep = s; return b }
func (b *Builder[T]) String() string {
	var parts []string
	for _, x := range b.items {
		parts = append(parts, fmt.Sprint(x))
	}
	return strings.Join(parts, b.sep)
}

type List[T any] struct{ xs []T }

func (l *List[T]) Add(x T) *List[T] { l.xs = append(l.xs, x); return l }
func (l *List[T]) Len() int         { return len(l.xs) }

type Set[T comparable] map[T]bool

func (s Set[T]) Add(x T) Set[T] { s[x] = true; return s }
func (s Set[T]) Len() int       { return len(s) }

func main() {
	fmt.Println(New[int]().Add(1).Add(2).Sep("-").String())
	fmt.Println(New[string]().Add("a").Add("b"))
	l := (&List[int]{}).Add(1).Add(2)
	fmt.Println(l.Len())
	s := Set[int]{}.Add(1).Add(2).Add(1)
	fmt.Println(s.Len())
}
