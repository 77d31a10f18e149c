package main

import "fmt"

func divmod(a, b int) (int, int) {
	fmt.Println("divmod", a, b)
	return a / b, a % b
}

// total uses q and r, declared after it: Go initializes them first.
var total = q*7 + r

var q, r = divmod(45, 7)

var twice = q * 2

func main() {
	fmt.Println(total, q, r, twice)
}

// Output:
// divmod 45 7
// 45 6 3 12
