package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	switch x := strings.ToLower("HeLLo"); x {
	case "hello":
		fmt.Println("matched", x)
	default:
		fmt.Println("no")
	}
	if n, err := strconv.Atoi("42"); err == nil && n > 40 {
		fmt.Println("big", n)
	}
}
