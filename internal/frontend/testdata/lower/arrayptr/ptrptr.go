// A range over *pp of a pointer to a pointer to an array: without a value
// *pp is not evaluated (a nil pp too); with one, pp and *pp are checked.
package main

import "fmt"

func main() {
	var pp **[3]int
	for i := range *pp {
		fmt.Println("i", i)
	}
	var p *[3]int
	pp = &p
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for i, v := range *pp {
			fmt.Println(i, v)
		}
	}()
	a := [3]int{7, 8, 9}
	p = &a
	for i, v := range *pp {
		fmt.Println(i, v)
	}
	pp = nil
	defer func() { fmt.Println("recovered:", recover()) }()
	for _, v := range *pp {
		fmt.Println(v)
	}
}

// Output:
// i 0
// i 1
// i 2
// recovered: runtime error: invalid memory address or nil pointer dereference
// 0 7
// 1 8
// 2 9
// recovered: runtime error: invalid memory address or nil pointer dereference
