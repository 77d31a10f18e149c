package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			break
		default:
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
}
