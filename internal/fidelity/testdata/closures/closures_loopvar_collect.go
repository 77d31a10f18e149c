package main

import "fmt"

func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	counters := map[string]func() int{}
	for _, name := range []string{"x", "y"} {
		n := 0
		counters[name] = func() int { n++; return n }
	}
	counters["x"]()
	counters["x"]()
	fmt.Println(counters["x"](), counters["y"]())
	acc := 0
	add := func(d int) func() {
		return func() { acc += d }
	}
	fs := []func(){add(1), add(10), add(100)}
	for _, f := range fs {
		f()
	}
	fmt.Println(acc)
}
