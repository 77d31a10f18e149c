package main

import "fmt"

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }

func main() {
	fmt.Printf("%#v\n", Secret("hunter2"))
	fmt.Printf("%v\n", Secret("hunter2"))
}
