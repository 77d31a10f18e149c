// A type alias declared inside a function moves to the package level under
// a name of its own (yaegi did not declare it: "undefined: IDs").
package main

import "fmt"

func main() {
	type IDs = []int
	type Index = map[string]IDs
	ids := IDs{3, 1}
	idx := Index{"a": ids}
	count := func(x IDs) int { return len(x) }
	fmt.Println(ids, idx, count(ids))
	type (
		Name  = string
		point struct{ x, y int }
	)
	var n Name = "p"
	fmt.Println(n, point{1, 2})
}

// Output:
// [3 1] map[a:[3 1]] 2
// p {1 2}
