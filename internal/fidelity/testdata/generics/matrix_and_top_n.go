package main

import (
	"errors"
	"fmt"
	"sort"
)

type Number interface{ ~int | ~float64 }

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T Number](r, c int) *Matrix[T] {
	return &Matrix[T]{r, c, make([]T, r*c)}
}

func (m *Matrix[T]) At(i, j int) T     { return m.data[i*m.cols+j] }
func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul: %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	out := NewMatrix[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m *Matrix[T]) String() string { return fmt.Sprint(m.data) }

var ErrShape = errors.New("shape mismatch")

type Ranked[T any] struct {
	Item  T
	Score float64
}

func TopN[T any](items []T, score func(T) float64, n int) []Ranked[T] {
	rs := make([]Ranked[T], len(items))
	for i, it := range items {
		rs[i] = Ranked[T]{it, score(it)}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].Score > rs[j].Score })
	if n < len(rs) {
		rs = rs[:n]
	}
	return rs
}

func main() {
	a := NewMatrix[int](2, 2)
	a.Set(0, 0, 1)
	a.Set(0, 1, 2)
	a.Set(1, 0, 3)
	a.Set(1, 1, 4)
	b, err := a.Mul(a)
	fmt.Println(b, err)
	_, err = a.Mul(NewMatrix[int](3, 1))
	fmt.Println(err, errors.Is(err, ErrShape))
	f := NewMatrix[float64](1, 1)
	f.Set(0, 0, 1.5)
	g, _ := f.Mul(f)
	fmt.Println(g, g.At(0, 0))
	top := TopN([]string{"go", "rust", "c", "zig"}, func(s string) float64 { return float64(len(s)) }, 2)
	fmt.Printf("%v %+v\n", top, top[0])
	var anyTop any = top
	fmt.Printf("%T\n", anyTop)
}
