package main

import "fmt"

func main() {
	xs := []any{1, "a", nil, 2.5, []int{1}, map[string]bool{"t": true}, struct{}{}}
	fmt.Println(xs)
	fmt.Printf("%v\n", xs)
	for _, x := range xs {
		fmt.Printf("%T ", x)
	}
	fmt.Println()
}
