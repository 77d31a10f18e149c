package main

import (
	"fmt"
	"strings"
)

type Pt struct{ X, Y int }

func main() {
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	default:
		fmt.Println("default")
	}
	line := "PING a"
	switch f := strings.Fields(line); f[0] {
	case "PING":
		fmt.Println("ping")
	default:
		fmt.Println("other")
	}
	p := Pt{0, 1}
	switch p {
	case Pt{1, 0}, Pt{0, 1}:
		fmt.Println("unit")
	default:
		fmt.Println("no")
	}
	x, y := 3, 4
	switch 8 {
	case x + 1, y * 2:
		fmt.Println("arith")
	default:
		fmt.Println("no arith")
	}
}
