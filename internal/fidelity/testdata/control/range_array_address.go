// A range over the address of an array reads each element when its
// iteration starts (a range over the array itself copies it first).
package main

import "fmt"

type Board struct{ cells [3]int }

func main() {
	a := [3]int{1, 2, 3}
	for i, v := range &a {
		a[2] = 10 * (i + 1)
		fmt.Println(i, v)
	}
	b := [3]int{1, 2, 3}
	for i, v := range b {
		b[2] = 10 * (i + 1)
		fmt.Println(i, v)
	}
	var bd Board
	for i := range &bd.cells {
		bd.cells[i] = i * i
	}
	sum := 0
	for _, v := range &bd.cells {
		sum += v
	}
	fmt.Println(bd.cells, sum)
}
