// unsafe.Sizeof, Alignof and Offsetof are constants, written out with the
// compiler's sizes; the import goes.
package main

import (
	"fmt"
	"unsafe"
)

type T struct {
	a byte
	b int64
	c [3]int16
	s string
}

const words = unsafe.Sizeof(uintptr(0))

func main() {
	var t T
	var buf [unsafe.Sizeof(t.b)]byte
	fmt.Println(unsafe.Sizeof(t), unsafe.Alignof(t.c), unsafe.Offsetof(t.c), unsafe.Offsetof(t.s))
	fmt.Println(len(buf), words, unsafe.Sizeof([]int{}), unsafe.Sizeof(any(nil)))
	fmt.Printf("%T\n", unsafe.Sizeof(t))
}

// Output:
// 40 2 16 24
// 8 8 24 16
// uintptr
