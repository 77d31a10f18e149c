// Printing values that could hold themselves but do not: the calls are
// checked (their arguments' types may hold a cycle), print as Go prints
// them, and are not taken for cycles: a part shared twice, a map and a
// slice printed with %p and %T, a value that holds itself only through a
// nested pointer (printed as an address) or inside a Stringer (printed by
// its method). Calls of values that cannot hold one are left as they are.
package main

import (
	"fmt"
	"os"
	"strings"
)

type Tree struct {
	Name string
	Kids []Tree
}

type Loop struct{ Items []any }

func (l Loop) String() string { return fmt.Sprintf("Loop of %d", len(l.Items)) }

type Node struct {
	V    any
	Next *Node
}

func main() {
	shared := []int{1, 2}
	d := []any{shared, shared, map[string]any{"x": shared}}
	fmt.Println(d)
	m := map[string]any{"a": 1}
	m["self"] = m
	s := fmt.Sprintf("%T %t", m, fmt.Sprintf("%p", m) != "")
	fmt.Println(s)
	l := Loop{}
	l.Items = []any{l, 2}
	l.Items[0] = l
	fmt.Println(l)
	fmt.Printf("%v %s\n", l, l)
	n := &Node{V: 1}
	n.Next = n
	fmt.Println(n.V, n.Next == n)
	t := Tree{Name: "root", Kids: []Tree{{Name: "a"}, {Name: "b"}}}
	fmt.Printf("%v\n", t)
	fmt.Print(fmt.Sprintln(d...))
	fmt.Println(strings.Repeat("-", 3), 42, []string{"plain"})
	fmt.Println(fmt.Errorf("wrapped: %w", os.ErrNotExist))
}

// Output:
// [[1 2] [1 2] map[x:[1 2]]]
// map[string]interface {} true
// Loop of 2
// Loop of 2 Loop of 2
// 1 true
// {root [{a []} {b []}]}
// [1 2] [1 2] map[x:[1 2]]
// --- 42 [plain]
// wrapped: file does not exist
