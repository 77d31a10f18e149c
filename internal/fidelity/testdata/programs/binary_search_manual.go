package main

import "fmt"

func search(xs []int, target int) int {
	lo, hi := 0, len(xs)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case xs[mid] == target:
			return mid
		case xs[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

func main() {
	xs := []int{1, 3, 5, 7, 9, 11}
	for _, t := range []int{1, 7, 11, 4} {
		fmt.Println(t, search(xs, t))
	}
}
