package main

import "fmt"

func main() {
	defer fmt.Println("deferred")
	var g func()
	fmt.Println("start")
	go g()
	fmt.Println("end")
}
