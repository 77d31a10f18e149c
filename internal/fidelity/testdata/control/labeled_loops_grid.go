package main

import "fmt"

func main() {
	grid := [][]int{
		{1, 2, 3, 4},
		{5, -1, 7, 8},
		{9, 10, 11, 12},
	}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println("found:", found)
	sum := 0
rows:
	for _, row := range grid {
		for _, v := range row {
			if v < 0 {
				continue rows
			}
			if v > 10 {
				break rows
			}
			sum += v
		}
	}
	fmt.Println("sum:", sum)
	i := 0
outer:
	for {
		switch {
		case i > 5:
			break outer
		case i%2 == 0:
			i += 3
			continue outer
		}
		i++
	}
	fmt.Println("i:", i)
}
