package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(b[3], c[3])
	d := []int{1, 2, 3}
	e := append(d, 4)
	e[0] = 99
	fmt.Println(d[0], e[0])
}
