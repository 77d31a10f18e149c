// The run-time error of an unhashable key in a map[any] holding entries
// names the program's type.
package main

import "fmt"

type Bag struct{ Items []string }

func main() {
	m := map[any]string{}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m[Bag{}] = "x"
	}()
	m["a"] = "b"
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m[Bag{}] = "x"
	}()
}
