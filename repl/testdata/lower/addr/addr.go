// The address of an array element through a pointer to the array: yaegi
// refused &p[i] ("cannot take address"); &(*p)[i] is what it compiles.
package main

import "fmt"

type Grid [3]int

func main() {
	a := [3]int{1, 2, 3}
	pa := &a
	r := &pa[2]
	*r = 7
	s := make([]byte, 4)
	p := (*[4]byte)(s)
	fmt.Println(a, &p[1] == &s[1])
	g := &Grid{}
	for i := range g {
		q := &g[i]
		*q = i * 10
	}
	fmt.Println(*g)
}

// Output:
// [1 2 7] true
// [0 10 20]
