// Named results of every kind start at their zero values on each call:
// those with a zero literal are set to it (0, "", false, nil), the others
// to *new(T).
package main

import "fmt"

type Celsius float64

type Name string

type Ready bool

type pair struct{ a, b int }

func kinds(set bool) (i int8, u uint64, f float32, c complex64, s string, b bool, p *int, sl []int, m map[string]int, ch chan int, fn func() int, e error, st pair, arr [2]int, cel Celsius, name Name, r Ready) {
	if !set {
		return
	}
	n := 7
	i, u, f, c, s, b, p, sl = -1, 2, 1.5, 3i, "s", true, &n, []int{1}
	m, ch, fn = map[string]int{"k": 1}, make(chan int), func() int { return 1 }
	e = fmt.Errorf("e")
	st, arr, cel, name, r = pair{1, 2}, [2]int{3, 4}, 36.6, "n", true
	return
}

func first[T any](set bool, v T) (out T, ok bool) {
	if set {
		out, ok = v, true
	}
	return
}

func main() {
	for _, set := range []bool{true, false} {
		i, u, f, c, s, b, p, sl, m, ch, fn, e, st, arr, cel, name, r := kinds(set)
		fmt.Println(i, u, f, c, s, b, p != nil, sl, m, ch != nil, fn != nil, e, st, arr, cel, name, r)
		fmt.Println(first(set, "x"))
	}
}

// Output:
// -1 2 1.5 (0+3i) s true true [1] map[k:1] true true e {1 2} [3 4] 36.6 n true
// x true
// 0 0 0 (0+0i)  false false [] map[] false false <nil> {0 0} [0 0] 0  false
//  false
