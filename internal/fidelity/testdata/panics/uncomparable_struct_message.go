// Run-time errors naming a struct type of the program's that cannot be
// hashed or compared: the message names the type as Go does.
package main

import "fmt"

type Bag struct{ items []int }

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	try("map key", func() {
		m := map[any]int{}
		m[Bag{}] = 1
	})
	try("compare", func() {
		var a, b any = Bag{}, Bag{}
		fmt.Println(a == b)
	})
}
