package main

import (
	"fmt"
	"io"
)

func main() {
	var x any
	s, ok := x.(fmt.Stringer)
	fmt.Println(s, ok)
	var r io.Reader
	w, ok := r.(io.Writer)
	fmt.Println(w, ok)
	defer func() { fmt.Println(recover()) }()
	_ = r.(io.Writer)
}
