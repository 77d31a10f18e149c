// A literal of pointers to arrays may leave out &[2]int (the interpreter
// panicked: "cannot be converted to type [2]int"), and a range with a
// value over a nil pointer to an empty array has no iteration, or, for an
// element of more than a word (or none), panics as Go's compiler does.
package main

import "fmt"

func main() {
	ps := []*[2]int{{1, 2}, {3, 4}}
	m := map[string]*[1]string{"a": {"x"}}
	fmt.Println(*ps[0], *ps[1], *m["a"])
	var z *[0]int
	for i, v := range z {
		fmt.Println(i, v)
	}
	fmt.Println("done")
	defer func() { fmt.Println("recovered:", recover()) }()
	var zs *[0]string
	for _, v := range zs {
		fmt.Println(v)
	}
}

// Output:
// [1 2] [3 4] [x]
// done
// recovered: runtime error: invalid memory address or nil pointer dereference
