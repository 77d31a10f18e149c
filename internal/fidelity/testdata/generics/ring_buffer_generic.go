package main

import (
	"errors"
	"fmt"
)

type Ring[T any] struct {
	buf        []T
	head, size int
}

var ErrEmpty = errors.New("ring: empty")

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Push(v T) (dropped T, ok bool) {
	if r.size == len(r.buf) {
		dropped = r.buf[r.head]
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		return dropped, true
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return dropped, false
}

func (r *Ring[T]) Pop() (T, error) {
	var zero T
	if r.size == 0 {
		return zero, ErrEmpty
	}
	v := r.buf[r.head]
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, nil
}

func (r *Ring[T]) Items() []T {
	out := make([]T, 0, r.size)
	for i := range r.size {
		out = append(out, r.buf[(r.head+i)%len(r.buf)])
	}
	return out
}

type point struct{ x, y int }

func main() {
	r := NewRing[string](3)
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		if d, ok := r.Push(s); ok {
			fmt.Println("dropped", d)
		}
	}
	fmt.Println(r.Items())
	v, err := r.Pop()
	fmt.Println(v, err, r.Items())
	pr := NewRing[point](2)
	pr.Push(point{1, 2})
	p, _ := pr.Pop()
	_, err = pr.Pop()
	fmt.Println(p, err, errors.Is(err, ErrEmpty))
	fr := NewRing[func() int](1)
	fr.Push(func() int { return 42 })
	f, _ := fr.Pop()
	fmt.Println(f())
}
