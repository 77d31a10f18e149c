package main

import (
	"fmt"
	"runtime"
)

type T struct{ x int }

func main() {
	defer func() {
		r := recover()
		fmt.Println(r)
		_, ok := r.(runtime.Error)
		fmt.Println(ok)
	}()
	var p *T
	fmt.Println(p.x)
}
