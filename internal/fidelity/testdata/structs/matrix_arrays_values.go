package main

import "fmt"

type Matrix [3][3]int

func (m Matrix) Transpose() Matrix {
	var t Matrix
	for i := range 3 {
		for j := range 3 {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func (m *Matrix) Scale(k int) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= k
		}
	}
}

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

type Grid struct {
	Cells [2][2]rune
	Label string
}

func main() {
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	t := m.Transpose()
	fmt.Println(m)
	fmt.Println(t)
	c := m
	c.Scale(2)
	fmt.Println(m[0], c[0])
	id := Matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	fmt.Println(m.Mul(id) == m, m.Mul(t)[0])
	rows := m[:]
	rows[0][0] = 100
	fmt.Println(m[0][0])
	row := m[1]
	row[0] = -1
	fmt.Println(m[1], row)

	g1 := Grid{[2][2]rune{{'a', 'b'}, {'c', 'd'}}, "g"}
	g2 := g1
	g2.Cells[0][0] = 'z'
	fmt.Println(g1 == g2, string(g1.Cells[0][0]), string(g2.Cells[0][0]))
	fmt.Printf("%v %q\n", g1.Cells, g2.Cells[0])
	counts := map[[2]int]int{}
	for _, p := range [][2]int{{1, 2}, {3, 4}, {1, 2}} {
		counts[p]++
	}
	fmt.Println(counts[[2]int{1, 2}], len(counts))
	ptr := &m[2]
	ptr[2] = 0
	fmt.Println(m[2], len(m), cap(m[0][:2]))
}
