// Assignments to the variables of compiled packages: refused (a basic
// type) or dropped (an interface) by yaegi, made through a pointer; and
// reads of them as values, which yaegi took from the time the code was
// compiled, made through a pointer too.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
)

func count(args []string) int { return len(args) }

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

	saved := os.Args
	os.Args = []string{"a", "b"}
	runtime.MemProfileRate = 9
	args := os.Args
	fmt.Println(args, count(os.Args), []int{runtime.MemProfileRate + 1}, os.Args[1:])
	os.Args = saved
	runtime.MemProfileRate = old
}

// Output:
// 0
// 4
// changed EOF
// [a b] 2 [10] [b]
