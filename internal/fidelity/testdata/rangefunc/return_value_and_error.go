package main

import (
	"errors"
	"fmt"
)

func nums(yield func(int) bool) {
	for i := 1; i <= 5; i++ {
		if !yield(i) {
			return
		}
	}
}

func find(target int) (int, error) {
	for v := range nums {
		if v == target {
			return v * 10, errors.New("found")
		}
	}
	return -1, nil
}

func main() {
	fmt.Println(find(3))
}
