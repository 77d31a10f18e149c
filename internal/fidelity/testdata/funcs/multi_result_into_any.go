package main

import (
	"fmt"
	"strconv"
)

func split(s string) (string, string) { return s[:2], s[2:] }

func main() {
	// Results of a call held as any, then asserted back and replaced.
	var head, tail any = split("gopher")
	fmt.Println(head.(string)+"-"+tail.(string), len(tail.(string)))
	head = 42
	fmt.Printf("%v %T %v\n", head, head, tail)

	var n, err any = strconv.Atoi("12a")
	fmt.Println(n, err)
}
