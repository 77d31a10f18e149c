// A return of several values in a function with named results evaluates
// every value before it assigns any result (yaegi assigned them one by
// one: return b, a returned b twice).
package main

import "fmt"

func swap() (a, b int) {
	a, b = 1, 2
	return b, a
}

func rotate(x, y, z float64) (p, q, r float64) {
	p, q, r = x, y, z
	if p > 0 {
		return q, r, p
	}
	return 0, p, 1 // constants take the results' types
}

func main() {
	next := func() (n int, s string) {
		n, s = 7, "seven"
		return len(s), fmt.Sprint(n)
	}
	fmt.Println(swap())
	fmt.Println(rotate(1, 2, 3))
	fmt.Println(rotate(-1, 2, 3))
	fmt.Println(next())
}

// Output:
// 2 1
// 2 3 1
// 0 -1 1
// 5 7
