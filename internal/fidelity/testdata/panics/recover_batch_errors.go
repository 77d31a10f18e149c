package main

import (
	"errors"
	"fmt"
	"runtime"
)

func process(batch []int, at int) (sum int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = errors.New("batch failed: " + re.Error())
				return
			}
			panic(r)
		}
	}()
	for i := 0; i <= at; i++ {
		sum += batch[i]
	}
	return sum, nil
}

func main() {
	batches := [][]int{{1, 2, 3}, {4, 5}, {}}
	for _, b := range batches {
		sum, err := process(b, 2)
		fmt.Println(sum, err)
	}
	words := []string{"alpha", "beta"}
	n := 6
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(words[1][:n])
	}()
}
