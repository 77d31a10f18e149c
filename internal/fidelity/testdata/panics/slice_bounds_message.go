package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := make([]int, 3, 5)
	lo, hi := 2, 7
	try(func() { _ = s[lo:hi] })
	try(func() { _ = s[hi] })
	arr := [3]int{}
	idx := 5
	try(func() { arr[idx%8] = 1 })
	str := "abc"
	try(func() { _ = str[idx] })
}
