// Range over functions: each form of the loop, with break, continue,
// labels and return inside the body, nested loops, and the variables of
// each iteration kept by closures.
package main

import (
	"fmt"
	"iter"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(s []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func times(n int) func(func() bool) {
	return func(yield func() bool) {
		for range n {
			if !yield() {
				return
			}
		}
	}
}

// find returns from inside two nested loops over functions.
func find(target int) (int, int, bool) {
	for i := range count(4) {
		for j := range count(4) {
			if i*j == target {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

func named() (n int) {
	for x := range count(10) {
		n += x
		if x == 3 {
			return
		}
	}
	return -1
}

func main() {
	for x := range count(5) {
		if x == 1 {
			continue
		}
		if x == 4 {
			break
		}
		fmt.Print(x, " ")
	}
	fmt.Println()

	for i, s := range pairs([]string{"a", "b", "c"}) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()

	n := 0
	for range times(3) {
		n++
	}
	fmt.Println("times", n)

	var k int
	for k = range count(3) {
	}
	fmt.Println("k after", k)

outer:
	for i := range count(3) {
		for j := range count(3) {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	// A plain loop around a loop over a function.
plain:
	for i := 0; i < 3; i++ {
		for x := range count(3) {
			if x == 1 {
				continue plain
			}
			if i == 2 {
				break plain
			}
			fmt.Print(i, x, " ")
		}
	}
	fmt.Println()

	fmt.Println(find(6))
	fmt.Println(find(100))
	fmt.Println(named())

	var fs []func() int
	for x := range count(3) {
		fs = append(fs, func() int { return x })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// A switch inside: its break is the switch's.
	for x := range count(3) {
		switch x {
		case 1:
			break
		default:
			fmt.Print(x, " ")
		}
	}
	fmt.Println()

	// Range over an int the type check knows is one.
	for i := range len("abc") {
		fmt.Print(i)
	}
	fmt.Println()
}

// Output:
// 0 2 3
// 0a 1b 2c
// times 3
// k after 2
// 0 0 0 1 1 0 1 1
// 0 0 1 0
// 2 3 true
// 0 0 false
// 6
// 0 1 2
// 0 2
// 012
