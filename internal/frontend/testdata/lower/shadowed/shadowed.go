package main

import "fmt"

func truncate(s string, len int) string {
	return s[:len]
}

func main() {
	xs := []int{10, 20, 30}
	len := len(xs)
	fmt.Println(xs[len-1], truncate("abcdef", 2))
	nil := 0
	fmt.Println(nil)
	{
		cap := func(v []int) int { return 1 }
		fmt.Println(cap(xs), xs[2], xs[1:])
	}
	int := 7
	fmt.Println(int, xs[0])
}

// Output:
// 30 ab
// 0
// 1 30 [20 30]
// 7 10
