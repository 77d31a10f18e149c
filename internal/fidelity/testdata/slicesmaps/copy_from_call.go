package main

import "fmt"

// buffers returns a destination and the data to fill it with.
func buffers(n int) ([]int, []int) {
	return make([]int, n), []int{1, 2, 3, 4, 5}
}

func main() {
	dst, src := buffers(3)
	fmt.Println(copy(dst, src), dst)
	fmt.Println(copy(buffers(2)))
}
