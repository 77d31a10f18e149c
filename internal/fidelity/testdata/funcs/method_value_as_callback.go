package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }

func each(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	var a Acc
	each([]int{1, 2, 3}, a.Add)
	fmt.Println(a.total)
}
