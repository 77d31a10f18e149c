package main

import (
	"fmt"
	"strings"
)

func stats(words []string) (count int, longest string, total int) {
	for _, w := range words {
		if len(w) > len(longest) {
			longest = w
		}
		total += len(w)
	}
	return len(words), longest, total
}

func split(s string) ([]string, int) {
	parts := strings.Split(s, ",")
	return parts, len(parts)
}

func pop(stack []int) ([]int, int, bool) {
	if len(stack) == 0 {
		return stack, 0, false
	}
	return stack[:len(stack)-1], stack[len(stack)-1], true
}

func push(stack []int, v int) (bool, []int) {
	return true, append(stack, v)
}

func bounds(xs []float64) (string, float64, float64) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		lo, hi = min(lo, x), max(hi, x)
	}
	return "range", lo, hi
}

func main() {
	fmt.Println(stats(strings.Fields("go is a fun language")))
	fmt.Println(split("a,b,c"))
	s := []int{1, 2, 3}
	s, v, ok := pop(s)
	fmt.Println(s, v, ok)
	_, s = push(s, 9)
	fmt.Println(s, cap(s) >= 3)
	fmt.Println(bounds([]float64{3, -1, 7.5}))
}
