// Assignments of several values to elements, through pointers and to
// fields: the operands on the left are read first, then the assignments
// are made left to right, a panic leaving the earlier ones made.
package main

import "fmt"

type node struct{ val int }

func main() {
	m := map[int]int{0: 1}
	i := 0
	i, m[i] = 1, 2
	fmt.Println(i, m)

	var arr [3]int
	s := []int{1, 2, 3}
	j := 0
	arr[j], s[j], j = 10, 20, 2
	fmt.Println(arr, s, j)

	n := &node{}
	old := n
	n, n.val = &node{}, 7
	fmt.Println(old.val, n.val)

	var x struct{ in node }
	x.in.val, s[1] = 4, 5
	fmt.Println(x, s)

	func() {
		defer func() { fmt.Println(recover(), m) }()
		m[5], s[7] = 5, 7
	}()
	func() {
		var p *node
		defer func() { fmt.Println(recover() != nil, m[6]) }()
		m[6], p.val = 6, 1
	}()
}

// Output:
// 1 map[0:2]
// [10 0 0] [20 2 3] 2
// 7 0
// {{4}} [20 5 3]
// runtime error: index out of range [7] with length 3 map[0:2 5:5]
// true 6
