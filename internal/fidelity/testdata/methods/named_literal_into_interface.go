// A named slice, map or array literal with methods assigned or declared
// into an interface of the program's, and into sort.Interface.
package main

import (
	"fmt"
	"sort"
)

type Tags []string

func (t Tags) Len() int { return len(t) }

type Counts map[string]int

func (c Counts) Len() int { return len(c) }

type Pair [2]int

func (p Pair) Len() int { return 2 }

type Lener interface{ Len() int }

type Ints []int

func (x Ints) Len() int           { return len(x) }
func (x Ints) Less(i, j int) bool { return x[i] < x[j] }
func (x Ints) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

func main() {
	var l Lener = Tags{"k"}
	fmt.Println(l.Len())
	l = Counts{"a": 1, "b": 2}
	fmt.Println(l.Len())
	var p, q Lener = Pair{1, 2}, Tags{}
	fmt.Println(p.Len(), q.Len())
	var s sort.Interface = Ints{3, 1, 2}
	sort.Sort(s)
	fmt.Println(s)
	ls := []Lener{Tags{"a", "b"}}
	ls[0] = Tags{"c"}
	fmt.Println(ls[0].Len())
}
