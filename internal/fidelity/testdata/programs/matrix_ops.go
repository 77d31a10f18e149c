package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) T() Matrix {
	t := New(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (m Matrix) Mul(o Matrix) Matrix {
	out := New(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out
}

func (m Matrix) Det() float64 {
	if len(m) == 1 {
		return m[0][0]
	}
	if len(m) == 2 {
		return m[0][0]*m[1][1] - m[0][1]*m[1][0]
	}
	d := 0.0
	for c := range m {
		sub := New(len(m)-1, len(m)-1)
		for i := 1; i < len(m); i++ {
			k := 0
			for j := range m {
				if j == c {
					continue
				}
				sub[i-1][k] = m[i][j]
				k++
			}
		}
		sign := 1.0
		if c%2 == 1 {
			sign = -1
		}
		d += sign * m[0][c] * sub.Det()
	}
	return d
}

func (m Matrix) String() string {
	var b strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%6.2f", v)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	fmt.Print(a.T())
	fmt.Print(a.Mul(a.T()))
	fmt.Println(Matrix{{2, 0, 1}, {1, 3, 2}, {1, 1, 1}}.Det())
	fmt.Print(Identity(3).Mul(Matrix{{1}, {2}, {3}}))
	var grid [3][3]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	g2 := grid
	g2[2][2] = 100
	fmt.Println(grid, g2[2])
}
