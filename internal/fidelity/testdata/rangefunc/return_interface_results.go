package main

import (
	"fmt"
	"slices"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S }

func f1() (int, fmt.Stringer) {
	for v := range slices.Values([]int{5}) {
		return v, nil
	}
	return -1, nil
}

func f2() (int, Shape) {
	for v := range slices.Values([]int{5}) {
		return v, Sq{2}
	}
	return -1, nil
}

func f3() (error, int) {
	for v := range slices.Values([]int{5}) {
		return fmt.Errorf("e"), v
	}
	return nil, -1
}

func main() {
	fmt.Println(f2())
	fmt.Println(f3())
	fmt.Println(f1())
}
