package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v == 5 {
				fmt.Println("found at", i, j)
				break outer
			}
		}
	}
	fmt.Println("done")
}
