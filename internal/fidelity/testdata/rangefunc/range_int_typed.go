package main

import "fmt"

type Weekday int

func main() {
	const days Weekday = 3
	for d := range days {
		fmt.Printf("%v %T\n", d, d)
	}
}
