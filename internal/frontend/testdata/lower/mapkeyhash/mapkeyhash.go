// A key that cannot be hashed, stored in a map keyed by an interface,
// panics with Go's runtime.Error, naming the key's type.
package main

import (
	"fmt"
	"runtime"
)

func store(m map[any]int, k any) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(isRuntime, r)
	}()
	m[k] = len(m)
	m[k]++
	fmt.Println("stored", k)
}

// count stores keys whose type holds no interface: always hashable, not
// checked.
func count(m map[any]int, n int) {
	for i := range n {
		k := i % 2
		m[k]++
	}
}

func main() {
	m := map[any]int{}
	store(m, "a")
	store(m, []int{1})
	store(m, map[string]int{})
	store(m, [2]int{})
	fmt.Println(len(m))
	count(m, 5)
	fmt.Println(len(m), m[0], m[1])
}

// Output:
// stored a
// false <nil>
// true runtime error: hash of unhashable type []int
// true runtime error: hash of unhashable type map[string]int
// stored [0 0]
// false <nil>
// 2
// 4 3 2
