package main

import "fmt"

func main() {
	pt := struct {
		X, Y int
	}{3, 4}
	fmt.Println(pt, pt.X+pt.Y)
	people := []struct {
		Name string
		Age  int
	}{{"a", 1}, {"b", 2}}
	for _, p := range people {
		fmt.Printf("%+v\n", p)
	}
	fmt.Println(pt == struct{ X, Y int }{3, 4})
}
