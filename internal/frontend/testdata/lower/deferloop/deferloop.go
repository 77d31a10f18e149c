// Function literals deferred in loops see their own iteration's
// variables, the loop's and the body's, and the changes made after the
// defer statement.
package main

import "fmt"

type P struct{ i int }

func main() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("closure", i) }()
	}
	for _, s := range []string{"a", "b"} {
		n := len(s) * 2
		defer func(pre string) {
			n++
			fmt.Println(pre, s, n, P{i: n})
		}("x")
		n += 10
	}
	for i := range 2 {
		for j := range 2 {
			defer func() { fmt.Println(i, j) }()
		}
	}
}

// Output:
// 1 1
// 1 0
// 0 1
// 0 0
// x b 13 {13}
// x a 13 {13}
// closure 2
// closure 1
// closure 0
