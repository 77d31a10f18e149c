// An interface's two words read through unsafe: the interpreter keeps
// interfaces as its own box, so the program is refused.
package main

import (
	"fmt"
	"unsafe"
)

type eface struct {
	typ, data unsafe.Pointer
}

func main() {
	var v any = 42
	e := (*eface)(unsafe.Pointer(&v))
	fmt.Println(*(*int)(e.data))
}
