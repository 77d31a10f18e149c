package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	if len, ok := m["a"]; ok {
		fmt.Println(len)
	}
	if max, ok := m["b"]; !ok {
		fmt.Println("missing", max)
	}
	cap := "a"
	if v, ok := m[cap]; ok {
		fmt.Println(v, cap)
	}
	new, found := m["zz"]
	fmt.Println(new, found)
}
