package main

import "fmt"

// insertBeforeLast puts v just before the last element of s.
func insertBeforeLast(s []int, v int) []int {
	n := len(s)
	return append(s[:n-1], v, s[n-1])
}

func main() {
	s := make([]int, 0, 10)
	s = append(s, 1, 2, 3)
	s = insertBeforeLast(s, 9)
	fmt.Println(s)
	s = insertBeforeLast(s, 8)
	fmt.Println(s, len(s), cap(s))

	names := make([]string, 2, 4)
	names[0], names[1] = "ann", "bob"
	names = append(names[:1], "cid", names[1], names[0])
	fmt.Println(names)
}
