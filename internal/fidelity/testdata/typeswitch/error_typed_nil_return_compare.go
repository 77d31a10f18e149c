package main

import "fmt"

type myErr struct{}

func (*myErr) Error() string { return "x" }

func check() *myErr { return nil }

func main() {
	var err error = check()
	if err != nil {
		fmt.Println("non-nil interface holding nil pointer")
	} else {
		fmt.Println("nil")
	}
}
