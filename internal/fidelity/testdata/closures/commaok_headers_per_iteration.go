// The variables a comma-ok in an if or switch header of a loop's body
// declares are new in each iteration, a blank's value too.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	for i := range 3 {
		ch <- i
	}
	close(ch)
	var fs []func()
	for range 4 {
		if _, ok := <-ch; ok {
			fs = append(fs, func() { fmt.Println("got", ok) })
		}
	}
	m := map[string]int{"a": 1}
	for _, k := range []string{"a", "b"} {
		switch v, ok := m[k]; {
		case ok:
			fs = append(fs, func() { fmt.Println(k, v) })
		default:
			fs = append(fs, func() { fmt.Println(k, "missing", v, ok) })
		}
		if _, ok := m[k]; !ok {
			fs = append(fs, func() { fmt.Println("not", k, ok) })
		}
	}
L:
	for i := range 2 {
		if v, ok := m["a"]; ok && i > 0 {
			fs = append(fs, func() { fmt.Println("L", v) })
			break L
		}
	}
	for _, f := range fs {
		f()
	}
}
