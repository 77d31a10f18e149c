// A literal of pointers to arrays may leave out &[2]int (the interpreter
// panicked: "cannot be converted to type [2]int"), and a range with a
// value over a nil pointer to an empty array has no iteration.
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
}

// Output:
// [1 2] [3 4] [x]
// done
