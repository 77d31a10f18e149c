package main

import "fmt"

func main() {
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	fmt.Println(len(grid), len(grid[0]))
	matrix := make([][]string, 2)
	for i := range matrix {
		matrix[i] = make([]string, 2)
		matrix[i][i] = "x"
	}
	fmt.Printf("%q\n", matrix)
}
