package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func named(a int) (sq, cube int) {
	sq = a * a
	cube = sq * a
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(named(3))
	_, c := named(2)
	fmt.Println(c)
}
