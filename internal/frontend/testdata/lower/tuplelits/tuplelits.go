// A composite literal, or a call assigned with =, among several values:
// every name is assigned (yaegi left the others zero).
package main

import "fmt"

type P struct{ x int }

var g1, g2 = 3, P{4}

func vals() []int { return []int{1} }

func first() int { return 1 }

func main() {
	got, want := vals(), []int{1}
	o, p := 3, P{4}
	var q, r = vals(), map[string]int{"a": 1}
	fmt.Println(got, want, o, p, q, r, g1, g2)
	var a, b int
	if b, a = first(), 4; a == 4 {
		fmt.Println("if", b, a)
	}
	for a, p = 1, (P{2}); a < 2; a++ {
		fmt.Println("for", a, p)
	}
	one, ptr := 1, &P{5}
	fmt.Println(one, *ptr)
}

// Output:
// [1] [1] 3 {4} [1] map[a:1] 3 {4}
// if 1 4
// for 1 {2}
// 1 {5}
