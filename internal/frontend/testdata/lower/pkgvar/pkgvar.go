// Assignments to the variables of compiled packages: refused (a basic
// type) or dropped (an interface) by yaegi, made through a pointer.
package main

import (
	"errors"
	"fmt"
	"io"
	"runtime"
)

func main() {
	old := runtime.MemProfileRate
	runtime.MemProfileRate = 0
	fmt.Println(runtime.MemProfileRate)
	runtime.MemProfileRate += 3
	runtime.MemProfileRate++
	fmt.Println(runtime.MemProfileRate)
	runtime.MemProfileRate = old
	e := io.EOF
	io.EOF = errors.New("changed")
	fmt.Println(io.EOF, e)
	io.EOF = e
}

// Output:
// 0
// 4
// changed EOF
