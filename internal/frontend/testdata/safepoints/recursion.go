package main

import (
	"fmt"
	"sort"
	"strings"
)

// Polled at entry: each may be called again before it returns.
func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}
func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

type T struct{ s string }

func (t T) String() string { return fmt.Sprint(t.s) } // fmt may call it again

func sorted(s []int) { sort.Slice(s, func(i, j int) bool { sorted(nil); return s[i] < s[j] }) }

var hook func()

func viaHook() { hook() }

func walk[E any](xs []E) int {
	if len(xs) == 0 {
		return 0
	}
	return 1 + walk(xs[1:])
}

func handOver() func() { return handOver2 }
func handOver2()       { handOver()() }

// Not polled: none can be called again before it returns.
func upper(s string) string { return strings.ToUpper(s) }
func shout(s string) string { return upper(s) + "!" }
func (t T) Loud() string    { return shout(t.s) }

func main() {
	hook = viaHook
	fmt.Println(even(4), T{"x"}, T{"y"}.Loud(), walk([]int{1, 2}))
	sorted([]int{2, 1})
}
