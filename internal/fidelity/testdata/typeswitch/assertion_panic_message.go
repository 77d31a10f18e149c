package main

import (
	"fmt"
	"runtime"
)

type A struct{}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		_, isRuntime := r.(runtime.Error)
		fmt.Println(isRuntime)
	}()
	var v any = "str"
	n := v.(int)
	fmt.Println(n)
}
