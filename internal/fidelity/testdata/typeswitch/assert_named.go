package main

import "fmt"

type ID string

func main() {
	var v any = ID("abc")
	s, ok := v.(string)
	fmt.Printf("%q %v\n", s, ok)
	id, ok := v.(ID)
	fmt.Printf("%q %v\n", id, ok)
}
