// The variables a comma-ok map index or receive declares in a loop's body are
// new in each iteration: each closure sees its own.
package main

import "fmt"

func main() {
	m := map[int]int{1: 10}
	var fns []func()
	for i := 0; i < 3; i++ {
		x := m[i]
		v, ok := m[i]
		a, b := i*2, i*3
		fns = append(fns, func() { fmt.Println(i, x, v, ok, a, b) })
	}
	for _, g := range fns {
		g()
	}
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	var gs []func()
	for range 2 {
		r, ok := <-ch
		gs = append(gs, func() { fmt.Println(r, ok) })
	}
	for _, g := range gs {
		g()
	}
	var fs []func()
	for i := range 2 {
		var s any = i
		n, isInt := s.(int)
		fs = append(fs, func() { fmt.Println(n, isInt) })
	}
	for _, g := range fs {
		g()
	}
}
