// A store through a pointer whose index and value both call functions: Go
// calls the index's first.
package main

import "fmt"

var log []string

func f(tag string, v int) int { log = append(log, tag); return v }

func idx(i int) int { log = append(log, fmt.Sprint("i", i)); return i }

type S struct{ s []int }

func main() {
	s := []int{1, 2}
	s[idx(1)] = f("rhs", 5)
	fmt.Println(log)
	log = nil
	st := S{s: s}
	st.s[idx(0)] = f("rhs", 6)
	fmt.Println(log)
	log = nil
	p := &st
	p.s[idx(0)] = f("rhs", 7)
	fmt.Println(log, s)
}
