package main

import (
	"fmt"
	"io"
)

type V struct{ N int }

func main() {
	defer func() { fmt.Println(recover()) }()
	var x any = V{}
	_ = x.(io.Reader)
}
