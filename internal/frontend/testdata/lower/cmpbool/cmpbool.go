// A comparison whose result goes into an interface or to a blank takes the
// type bool; yaegi stored it into the wrong place and panicked.
package main

import "fmt"

func greater(x, y any) any {
	return x.(float64) > y.(float64)
}

func main() {
	calls := 0
	f := func() (r [4]int) {
		calls++
		return
	}
	_ = f() == f()
	var results []any
	for _, p := range [][2]float64{{1, 2}, {3, 2}} {
		results = append(results, greater(p[0], p[1]))
	}
	ok := len(results) == 2
	if calls == 2 { // a condition stays as it is
		fmt.Println(calls, results, ok)
	}
}

// Output:
// 2 [false true] true
