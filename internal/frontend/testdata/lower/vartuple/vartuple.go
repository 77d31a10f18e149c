package main

import (
	"fmt"
	"strconv"
)

func halves(xs []int) ([]int, []int) { return xs[:len(xs)/2], xs[len(xs)/2:] }

func main() {
	var lo, hi any = halves([]int{1, 2, 3, 4})
	fmt.Println(lo.([]int), hi.([]int)[1])
	lo = "replaced"
	fmt.Println(lo, hi)

	var n, _ fmt.Stringer = nil, nil
	fmt.Println(n == nil)

	var v, err any = strconv.Atoi("x")
	fmt.Println(v, err != nil)
	var w, _ any = strconv.Atoi("42")
	fmt.Printf("%v %T\n", w, w)
}

// Output:
// [1 2] 4
// replaced [3 4]
// true
// 0 true
// 42 int
