// Named results start at their zero values on every call, also when one
// call in a loop runs the function again, and after a recovered panic.
package main

import "fmt"

func process(batch []int, at int) (sum int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("failed")
		}
	}()
	for i := 0; i <= at; i++ {
		sum += batch[i]
	}
	return sum, nil
}

func main() {
	for _, b := range [][]int{{1}, {2, 3}} {
		fmt.Println(total(b))
	}
	for _, b := range [][]int{{1, 2, 3}, {4, 5}, {}} {
		sum, err := process(b, 2)
		fmt.Println(sum, err)
	}
}

func total(xs []int) (n int) {
	for _, x := range xs {
		n += x
	}
	return
}

// Output:
// 1
// 5
// 6 <nil>
// 9 failed
// 0 failed
