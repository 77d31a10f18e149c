package main

import "fmt"

func main() {
	for _, n := range []int{1, 2, 3} {
		switch n {
		case 1:
			fmt.Print("one ")
			fallthrough
		case 2:
			fmt.Print("two-or-after-one ")
		default:
			fmt.Print("other ")
		}
		fmt.Println()
	}
}
