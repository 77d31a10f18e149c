package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range copy sees", v)
		}
	}
	s := []int{1, 2, 3}
	for i, v := range s {
		s[2] = 100
		if i == 2 {
			fmt.Println("slice range sees", v)
		}
	}
}
