package main

import "fmt"

type Inner struct{ Vals []int }
type Outer struct {
	In  Inner
	Arr [2]int
}

func main() {
	a := Outer{Inner{[]int{1, 2}}, [2]int{3, 4}}
	b := a
	b.In.Vals[0] = 100
	b.Arr[0] = 300
	fmt.Println(a, b)
}
