package main

import "fmt"

func appendOne(s []int) []int {
	return append(s, 100)
}

func main() {
	a := make([]int, 3, 4)
	b := appendOne(a)
	c := appendOne(a)
	fmt.Println(a, b, c)
	b[0] = 7
	fmt.Println(a, b, c, len(a), cap(a))

	d := []int{1, 2, 3}
	e := append(d, 4)
	e[0] = 9
	fmt.Println(d, e)

	f := d[1:2]
	fmt.Println(f, len(f), cap(f))
	f = append(f, 50)
	fmt.Println(d, f)

	g := d[1:2:2]
	g = append(g, 60)
	g[0] = -1
	fmt.Println(d, g)

	var grown []int
	caps := []int{}
	for i := 0; i < 10; i++ {
		old := cap(grown)
		grown = append(grown, i)
		if cap(grown) != old {
			caps = append(caps, cap(grown))
		}
	}
	fmt.Println(grown, caps)

	matrix := make([][]int, 3)
	row := make([]int, 3)
	for i := range matrix {
		matrix[i] = row
	}
	matrix[0][0] = 1
	fmt.Println(matrix)

	s := []string{"a", "b", "c", "d", "e"}
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s), cap(s))
	copy(s[1:], s[2:])
	fmt.Println(s)

	arr := [3]int{1, 2, 3}
	sl := arr[:]
	sl[1] = 20
	arr2 := arr
	arr2[0] = 10
	fmt.Println(arr, arr2, sl)
}
