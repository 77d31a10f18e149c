package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return "blue"
}

func describe(x any) string {
	switch v := x.(type) {
	case Color:
		return "color " + v.String()
	case int:
		return fmt.Sprint("int ", v)
	case string:
		return "string " + v
	}
	return "other"
}

func main() {
	fmt.Println(Red, Green, Blue)
	fmt.Println(describe(Green), describe("s"))
	var c any = Blue
	if c == Blue {
		fmt.Println("is blue")
	}
}
