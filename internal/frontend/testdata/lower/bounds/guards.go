// Indices checked by a statement before theirs panic as Go's runtime
// does, in the order Go evaluates the statement.
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

type grid struct{ rows [][]int }

func say(w string) int {
	fmt.Println(w)
	return 1
}

func main() {
	s, t := []int{1, 2, 3}, []int{}
	i, j, neg, n := 5, 7, -1, -2
	var u uint64 = 1<<64 - 1
	var i8 int8 = -3
	str, arr := "abc", [3]int{}
	g := grid{rows: [][]int{{1}}}
	var m map[string]int
	var p *[3]int
	var q *int
	var a map[any]int
	key := any([]int{})
	try(func() { s[i] = t[j] })
	try(func() { s[i] += t[j] })
	try(func() { s[i] = say("called first") })
	try(func() { s[i] = say("then") + t[j] })
	try(func() { s[i]++ })
	try(func() { x := s[i] + t[j]; fmt.Println(x) })
	try(func() { x := s[neg] << n; fmt.Println(x) })
	try(func() { fmt.Println(s[u]) })
	try(func() { fmt.Println(s[i8]) })
	try(func() { fmt.Println(str[i], arr[j]) })
	try(func() { fmt.Println(g.rows[0][i]) })
	try(func() { fmt.Println(g.rows[j][0]) })
	try(func() { m["a"] = s[i] })
	try(func() { a[key] = s[i] })
	try(func() { fmt.Println(p[i]) })
	try(func() { *q = s[i] })
	try(func() { *q += s[i] })
	try(func() { fmt.Println(len(s) > 5 && s[i] > 0) })
	try(func() { fmt.Println(s[len(s)]) })
	try(func() {
		if s[len(s)-1] > 2 {
			fmt.Println(s[neg])
		}
	})
	try(func() {
		switch s[int(i8)+3] {
		case 1:
			fmt.Println(t[0])
		}
	})
	// The value first: the index read after the call, as Go reads it.
	c := 0
	next := func() int { c++; return 7 }
	r := []int{1, 2}
	r[c] = next()
	fmt.Println(r, c)
	k := 0
	for k = range 3 {
		s[k] = s[k] * 2
	}
	fmt.Println(s, k)
}

// Output:
// runtime error: index out of range [7] with length 0
// runtime error: index out of range [5] with length 3
// called first
// runtime error: index out of range [5] with length 3
// then
// runtime error: index out of range [7] with length 0
// runtime error: index out of range [5] with length 3
// runtime error: index out of range [5] with length 3
// runtime error: index out of range [-1]
// runtime error: index out of range [18446744073709551615] with length 3
// runtime error: index out of range [-3]
// runtime error: index out of range [5] with length 3
// runtime error: index out of range [5] with length 1
// runtime error: index out of range [7] with length 1
// runtime error: index out of range [5] with length 3
// runtime error: index out of range [5] with length 3
// runtime error: invalid memory address or nil pointer dereference
// runtime error: index out of range [5] with length 3
// runtime error: invalid memory address or nil pointer dereference
// false
// <nil>
// runtime error: index out of range [3] with length 3
// runtime error: index out of range [-1]
// runtime error: index out of range [0] with length 0
// [1 7] 1
// [2 4 6] 2
