// An assignment of several values that is the init of an if, for or
// switch evaluates every value before it assigns any.
package main

import "fmt"

func next(x uint32) uint32 { return x + 1 }

func one() int { return 1 }

func main() {
	var a uint32 = 10
	var want, got uint32
	if want, got = a+5, next(a); got != want {
		fmt.Println("if", want, got)
	}
	var x, y int
	for x, y = one()+1, one(); x < 0; {
	}
	fmt.Println("for", x, y)
	switch x, y = 2*y+1, one(); {
	default:
		fmt.Println("switch", x, y)
	}
	var v any
	switch v, y = any(x+1), one(); v.(type) {
	case int:
		fmt.Println("type switch", v, y)
	}
L:
	for x, y = y+x, one(); x < 10; x++ {
		if x == 6 {
			break L
		}
	}
	fmt.Println("labeled", x, y)
	if false {
	} else if x, y = x*2, one(); x > 0 {
		fmt.Println("else if", x, y)
	}
}

// Output:
// if 15 11
// for 2 1
// switch 3 1
// type switch 4 1
// labeled 6 1
// else if 12 1
