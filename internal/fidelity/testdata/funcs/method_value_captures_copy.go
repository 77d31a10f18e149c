package main

import "fmt"

type V struct{ n int }

func (v V) Show() { fmt.Println("n =", v.n) }

func main() {
	v := V{1}
	f := v.Show
	v.n = 2
	f()
	v.Show()
}
