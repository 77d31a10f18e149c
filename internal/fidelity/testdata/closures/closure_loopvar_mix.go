package main

import "fmt"

func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	m := map[string]int{"a": 1}
	var getters []func() string
	for _, k := range []string{"a", "b", "c"} {
		getters = append(getters, func() string { return fmt.Sprintf("%s=%d", k, m[k]) })
	}
	m["b"] = 2
	m["c"] = 3
	for _, g := range getters {
		fmt.Println(g())
	}

	// loop var modified within body
	var ptrs []*int
	for i := 0; i < 5; i++ {
		ptrs = append(ptrs, &i)
		i++
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// counter generator
	makeCounter := func(start int) (func() int, func()) {
		n := start
		return func() int { return n }, func() { n++ }
	}
	get, inc := makeCounter(10)
	inc()
	inc()
	fmt.Println(get())

	acc := 0
	for i := range 4 {
		defer func() { acc += i; fmt.Println("defer", i, acc) }()
	}
}
