// A board and a matrix as arrays of arrays, assigned two at a time through
// a pointer (a method of *Board, a transpose through &a).
package main

import "fmt"

type Board [3][3]rune

func (b *Board) Place(r, c int, p rune) (ok bool) {
	if b[r][c] != 0 {
		return false
	}
	b[r][c], ok = p, true
	return
}

func main() {
	var b Board
	fmt.Println(b.Place(1, 1, 'X'), b.Place(1, 1, 'O'), string(b[1][1]))
	a := [2][2]int{{1, 2}, {3, 4}}
	m := &a
	m[0][1], m[1][0] = m[1][0], m[0][1]
	fmt.Println(a)
}
