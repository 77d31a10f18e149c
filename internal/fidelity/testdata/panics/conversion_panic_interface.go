package main

import "fmt"

func main() {
	defer func() { fmt.Println(recover()) }()
	var v any = 42
	s := v.(string)
	fmt.Println(s)
}
