// A composite literal without keys gives its blank fields values that are
// evaluated and dropped: the fields stay zero.
package main

import (
	"fmt"
	"reflect"
)

type header struct {
	Kind int
	_    int
	Size int
}

var x = struct{ a, _, c int }{1, 2, 3}

func pad() int {
	fmt.Println("pad evaluated")
	return 7
}

func main() {
	fmt.Println(reflect.ValueOf(x).Field(1).Int())
	h := header{1, pad(), 3}
	fmt.Println(reflect.ValueOf(h).Field(1).Int(), h.Kind, h.Size)
	hs := []*header{{4, 5, 6}}
	fmt.Println(reflect.ValueOf(*hs[0]).Field(1).Int())
	fmt.Println(h == header{1, 9, 3})
}

// Output:
// 0
// pad evaluated
// 0 1 3
// 0
// true
