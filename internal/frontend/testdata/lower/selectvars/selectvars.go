// A select case's variables are new each time the case runs: closures
// made in its body in a loop, and pointers to them, keep their own (yaegi
// gave them one place, so each closure and pointer saw the last value
// received).
package main

import "fmt"

func main() {
	var fs []func() string
	ch := make(chan int, 1)
	for i := range 3 {
		ch <- i
		select {
		case x := <-ch:
			fs = append(fs, func() string { return fmt.Sprint("x ", x) })
		}
		ch <- i * 10
		select {
		case y, ok := <-ch:
			fs = append(fs, func() string { return fmt.Sprint("y ", y, " ", ok) })
		default:
		}
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	var ptrs [3]*int
	for i := range ptrs {
		ch <- i
		select {
		case v := <-ch:
			ptrs[i] = &v
		}
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
}

// Output:
// x 0
// y 0 true
// x 1
// y 10 true
// x 2
// y 20 true
// 0 1 2
