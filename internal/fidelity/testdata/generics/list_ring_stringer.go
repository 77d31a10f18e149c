package main

import "fmt"

type Point struct{ X, Y int }

type List[T any] struct{ n int }

func (l *List[T]) Push(v T)      { l.n++ }
func (l *List[T]) Len() int      { return l.n }
func (l List[T]) String() string { return fmt.Sprint("list of ", l.n) }

type Ring[T any] struct{ buf []T }

func (r *Ring[T]) Push(v T) { r.buf = append(r.buf, v) }
func (r *Ring[T]) Len() int { return len(r.buf) }

type Pusher[T any] interface {
	Push(T)
	Len() int
}

func main() {
	l, r := &List[Point]{}, &Ring[Point]{}
	l.Push(Point{})
	for _, p := range []Pusher[Point]{l, r} {
		fmt.Printf("%v %d\n", p, p.Len())
	}
}
