package main

import "fmt"

func truncate(s string, len int) string {
	return s[:len]
}

func window(xs []int, start, cap int) []int {
	return xs[start : start+cap]
}

func main() {
	fmt.Println(truncate("abcdef", 2))
	fmt.Println(window([]int{1, 2, 3, 4, 5}, 1, 3))
}
