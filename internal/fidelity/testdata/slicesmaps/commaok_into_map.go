// Comma-ok forms assigned into a map's element.
package main

import "fmt"

func main() {
	m := map[string]int{}
	src := map[string]int{"c": 5}
	var ok bool
	m["c"], ok = src["c"]
	fmt.Println(m, ok)
	ch := make(chan int, 1)
	ch <- 4
	m["d"], ok = <-ch
	fmt.Println(m, ok)
	anys := map[string]any{}
	anys["k"], ok = map[string]any{"k": 1}["k"]
	fmt.Println(anys, ok)
	anys["x"], ok = map[string]any{}["x"]
	fmt.Println(anys, ok)
}
