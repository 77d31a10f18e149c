// _, _ = m[k] looks k up (and panics for a key that cannot be hashed),
// and _, _ = <-ch receives, as in Go.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	_, _ = <-ch
	fmt.Println(len(ch), <-ch)

	m := map[any]int{"a": 1}
	_, _ = m["a"]
	func() {
		defer func() { fmt.Println(recover()) }()
		_, _ = m[[]int{}]
		fmt.Println("not reached")
	}()
}

// Output:
// 1 2
// runtime error: hash of unhashable type []int
