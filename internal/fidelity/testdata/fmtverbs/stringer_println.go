package main

import (
	"fmt"
	"strconv"
)

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return "Color(" + strconv.Itoa(int(c)) + ")"
}

func main() {
	fmt.Println(Red, Green, Color(5))
	fmt.Printf("%v %d %s\n", Green, Green, Red)
}
