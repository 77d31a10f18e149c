package main

import "fmt"

func count(xs ...int) (int, bool) { return len(xs), xs == nil }

func main() {
	fmt.Println(count(nil...))
	fmt.Println(count([]int{1}...))
}

// Output:
// 0 true
// 1 false
