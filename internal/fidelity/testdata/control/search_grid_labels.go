package main

import "fmt"

func main() {
	grid := [][]rune{
		[]rune("#####"),
		[]rune("#..X#"),
		[]rune("#.#.#"),
		[]rune("#####"),
	}
	found := false
	var fr, fc int
outer:
	for r, row := range grid {
		for c, ch := range row {
			switch ch {
			case '#':
				continue
			case 'X':
				fr, fc, found = r, c, true
				break outer
			}
		}
	}
	fmt.Println(found, fr, fc)
	open := 0
	for r := range grid {
		for c := 0; c < len(grid[r]); c++ {
			if grid[r][c] == '#' {
				continue
			}
			open++
		}
	}
	fmt.Println("open:", open)
	n := 27
	steps := 0
loop:
	for {
		switch {
		case n == 1:
			break loop
		case n%2 == 0:
			n /= 2
		default:
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz steps:", steps)
	i := 0
retry:
	i++
	if i < 3 {
		fmt.Println("retrying", i)
		goto retry
	}
	fmt.Println("done at", i)
}
