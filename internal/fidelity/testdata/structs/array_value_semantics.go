package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == [3]int{1, 2, 3})
	modify := func(arr [3]int) { arr[1] = -1 }
	modify(a)
	fmt.Println(a)
	pa := &a
	pa[2] = 30
	fmt.Println(a, len(pa))
}
