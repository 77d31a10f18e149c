package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max("b", "a", "c"))
	x := 10
	y := min(x, 4)
	fmt.Printf("%v %T\n", y, y)
	var f float64 = max(1, 2)
	fmt.Println(f)
}
