package main

import (
	"fmt"
	"strings"
)

// parse reads "key=value" pairs, stopping at the first bad one.
func parse(line string) (pairs map[string]string, err error) {
	pairs = map[string]string{}
	for _, field := range strings.Fields(line) {
		if field == "--" {
			break
		}
		k, v, ok := strings.Cut(field, "=")
		if !ok {
			err = fmt.Errorf("bad field %q", field)
			goto fail
		}
		pairs[k] = v
	}
	return pairs, nil
fail:
	pairs = nil
	return
}

// find returns the index of target in a grid, row-major.
func find(grid [][]int, target int) (row, col int) {
	row, col = -1, -1
search:
	for r, line := range grid {
		for c, v := range line {
			if v < 0 {
				break search
			}
			if v == target {
				row, col = r, c
				goto found
			}
		}
	}
	fmt.Println("not found:", target)
found:
	return
}

func main() {
	fmt.Println(parse("a=1 b=2"))
	fmt.Println(parse("a=1 oops b=2"))
	fmt.Println(parse("a=1 -- junk"))
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, -1, 9}}
	fmt.Println(find(grid, 5))
	fmt.Println(find(grid, 9))
	fmt.Println(find(grid, 42))
}
