// Pointers to arrays: yaegi refused &p[i] ("cannot take address"), and a
// range over p broke p[i] in the loop's body.
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

	h := &[4]int{1, 2, 3, 4}
	for i, v := range h {
		if i == 0 {
			h[3] = 40 // seen: the range reads h's elements as it goes
		}
		h[i] = v * 2
	}
	fmt.Println(*h)
	var none *[2]string
	n := 0
	for range none { // no value: the nil pointer is not read
		n++
	}
	for i := range none {
		n += i
	}
	fmt.Println(n)
}

// Output:
// [1 2 7] true
// [0 10 20]
// [2 4 6 80]
// 3
