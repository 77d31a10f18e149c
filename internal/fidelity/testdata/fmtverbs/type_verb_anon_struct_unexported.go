package main

import "fmt"

func main() {
	v := struct {
		Name  string
		count int
	}{"a", 1}
	fmt.Printf("%T\n", v)
	fmt.Printf("%#v\n", v)
	var cfg struct{ debug bool }
	fmt.Printf("%T %v\n", cfg, cfg)
}
