package main

import "fmt"

type Outcome struct {
	Step string
	Err  error
}

type W struct {
	N int
	I any
}

func main() {
	// nil as the key of a map keyed by an interface.
	n := map[any]int{}
	n[nil] = 5
	fmt.Println(n[nil], len(n))
	v, ok := n[nil]
	fmt.Println(v, ok)
	delete(n, nil)
	fmt.Println(len(n))

	// nil in an interface field of a struct or array key literal.
	counts := map[Outcome]int{}
	counts[Outcome{"fetch", nil}]++
	counts[Outcome{"fetch", nil}]++
	counts[Outcome{Step: "parse"}]++
	fmt.Println(counts[Outcome{"fetch", nil}], counts[Outcome{"parse", nil}], len(counts))
	m := map[W]string{{1, nil}: "one"}
	m[W{2, nil}] = "two"
	fmt.Println(m[W{1, nil}], m[W{2, nil}], len(m))
	delete(m, W{1, nil})
	a := map[[2]any]int{{nil, 1}: 1}
	fmt.Println(a[[2]any{nil, 1}], len(m))
}
