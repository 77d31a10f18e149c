// A method of a nil interface deferred or started in a goroutine panics at
// the statement, where Go takes the method value.
package main

import "fmt"

type Runner interface{ Run() }

func f() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var r Runner
	defer r.Run()
	fmt.Println("after defer")
}

func g() {
	defer func() { fmt.Println("recovered g:", recover()) }()
	var r Runner
	go r.Run()
	fmt.Println("after go")
}

func main() {
	f()
	g()
}
