// Comma-ok map indexes, receives and type assertions assigned to variables
// of interface types (the found result held in an any).
package main

import "fmt"

type result struct {
	val   any
	found any
}

func main() {
	m := map[string]int{"a": 1}
	var v, ok any
	v, ok = m["a"]
	fmt.Println(v, ok)
	v, ok = m["b"]
	fmt.Println(v, ok)
	_, ok = m["a"]
	fmt.Println(ok)

	ch := make(chan int, 1)
	ch <- 7
	v, ok = <-ch
	fmt.Println(v, ok)
	close(ch)
	_, ok = <-ch
	fmt.Println(ok)

	var x any = 3
	v, ok = x.(int)
	fmt.Println(v, ok)
	v, ok = x.(string)
	fmt.Printf("%q %v\n", v, ok)

	var r result
	r.val, r.found = m["a"]
	fmt.Println(r)
	for _, k := range []string{"a", "z"} {
		var e error
		var got any
		got, ok = m[k]
		fmt.Println(k, got, ok, e == nil)
	}
}
