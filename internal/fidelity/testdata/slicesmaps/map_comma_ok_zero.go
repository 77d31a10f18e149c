package main

import "fmt"

func main() {
	m := map[string]int{"a": 0}
	v, ok := m["a"]
	fmt.Println(v, ok)
	v, ok = m["b"]
	fmt.Println(v, ok)
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap))
}
