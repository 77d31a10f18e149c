package main

import "fmt"

func main() {
	row := []int{0, 0}
	grid := [][]int{row, row}
	grid[0][0] = 1
	fmt.Println(grid)
	var g2 [][]int
	for range 2 {
		g2 = append(g2, make([]int, 2))
	}
	g2[0][0] = 1
	fmt.Println(g2)
}
