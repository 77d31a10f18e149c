package main

import "fmt"

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(m)
	fmt.Printf("%v\n", map[int]bool{3: true, 1: false, 2: true})
}
