package main

import "fmt"

func main() {
	attempts := 0
retry:
	for i := range 3 {
		if attempts < 2 && i == 1 {
			attempts++
			fmt.Println("retrying after", i)
			goto retry
		}
		fmt.Println("step", i)
	}
	fmt.Println("attempts", attempts)
	n := 0
	goto start
start:
	for j := range 2 {
		n += j + 1
	}
	if n < 6 {
		goto start
	}
	fmt.Println("n", n)
}
