package main

import "fmt"

func truncate(s string, len int) string {
	if len > 3 {
		len = 3
	}
	return s[:len]
}

func main() {
	xs := []int{10, 20, 30}
	len := len(xs)
	fmt.Println("last:", xs[len-1])
	fmt.Println(truncate("abcdef", 2), truncate("abcdef", 5))

	nil := "not nil"
	fmt.Println(nil)

	count := func(v []int) int { return 1 }
	cap := count
	fmt.Println(cap(xs), xs[2], xs[:2])

	int := 7
	fmt.Println(int, xs[0])
}
