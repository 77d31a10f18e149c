// A struct embedding an interface left nil, printed: fmt calls the
// promoted Error or String method, which panics, and prints the panic.
package main

import (
	"fmt"
	"os"
)

type Holder struct {
	error
	tag string
}

type Named struct {
	fmt.Stringer
	id int
}

func main() {
	fmt.Println(Holder{tag: "t"})
	fmt.Printf("%v|%s\n", Named{id: 1}, Named{id: 2})
	fmt.Println(Holder{error: os.ErrNotExist, tag: "set"})
}
