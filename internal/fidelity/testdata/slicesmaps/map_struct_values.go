package main

import "fmt"

type point struct{ x, y int }

func main() {
	m := map[string]point{"a": {1, 2}}
	p := m["a"]
	p.x = 100
	fmt.Println(m["a"], p)
	mp := map[string]*point{"a": {1, 2}}
	mp["a"].x = 100
	fmt.Println(*mp["a"])
}
