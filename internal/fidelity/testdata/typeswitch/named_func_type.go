package main

import "fmt"

type Op func(int) int

func main() {
	var v any = Op(func(x int) int { return x + 1 })
	_, isFunc := v.(func(int) int)
	op, isOp := v.(Op)
	fmt.Println(isFunc, isOp, op(1))
}
