package main

import "fmt"

func main() {
	count := 0
next:
	for i := 2; i < 30; i++ {
		for j := 2; j*j <= i; j++ {
			if i%j == 0 {
				continue next
			}
		}
		count++
		fmt.Print(i, " ")
	}
	fmt.Println("\nprimes:", count)
}
