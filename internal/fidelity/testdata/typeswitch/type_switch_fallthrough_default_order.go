package main

import "fmt"

func classify(vals ...any) {
	for _, v := range vals {
		switch v := v.(type) {
		default:
			fmt.Println("default", v)
		case bool:
			fmt.Println("bool", !v)
		case rune:
			fmt.Println("rune", string(v))
		case byte:
			fmt.Println("byte", v)
		}
	}
}

func main() {
	classify(true, 'x', byte(7), int32(65), uint8(1), 2)
}
