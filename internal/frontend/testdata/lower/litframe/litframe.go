// A function literal passed to a call is made in a frame of its own
// (func() T { return LIT }()), except where it cannot outlive the call:
// a function of sort, strings, bytes, slices or maps that returns no
// function, or a function of the program that only calls its parameter
// or hands it down to one that does.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func apply(f func(int) int, x int) int { return f(x) }

// walk hands visit down: visit still runs only while walk runs.
func walk(n int, visit func(int)) {
	if n == 0 {
		return
	}
	visit(n)
	walk(n-1, visit)
}

var saved []func() int

// keep keeps f: it is called after keep returns.
func keep(f func() int) { saved = append(saved, f) }

// later runs f on another goroutine.
func later(wg *sync.WaitGroup, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

func main() {
	xs := []int{3, 1, 2}
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	fmt.Println(xs, strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
	for w := range strings.FieldsFuncSeq("a,b", func(r rune) bool { return r == ',' }) {
		fmt.Print(w, " ")
	}
	fmt.Println(apply(func(x int) int { return x * x }, 7))
	total := 0
	walk(4, func(n int) { total += n })
	fmt.Println(total)
	for i := range 3 {
		keep(func() int { return i })
	}
	for _, f := range saved {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := range 3 {
		later(&wg, func() { mu.Lock(); sum += i; mu.Unlock() })
	}
	wg.Wait()
	fmt.Println(sum)
}

// Output:
// [1 2 3] IBM
// a b 49
// 10
// 0 1 2
// 3
