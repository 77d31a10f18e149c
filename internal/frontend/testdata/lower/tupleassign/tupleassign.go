// An assignment of several values evaluates them all before it assigns
// any (yaegi assigned each as it went: a later value saw an earlier
// assignment, and a panic left earlier variables assigned).
package main

import "fmt"

var shared []int

func get(i int) int { return shared[i] }

func partial() (bad bool) {
	defer func() { recover() }()
	var p *int
	bad, _ = true, *p
	return
}

func main() {
	x := []int{1, 2, 3}
	y := x
	shared = x
	x[1], y[0] = get(0), get(1)
	fmt.Println(x)

	a, b := 1, 2
	a, b = b, a // names: left as they are
	var f float64
	var s []int
	f, s = 2, append(s, a)
	fmt.Println(a, b, f, s, partial())
}

// Output:
// [2 1 3]
// 2 1 2 [2] false
