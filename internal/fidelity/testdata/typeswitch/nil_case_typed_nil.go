package main

import "fmt"

func main() {
	var p *int
	var v any = p
	switch v.(type) {
	case nil:
		fmt.Println("nil")
	case *int:
		fmt.Println("*int")
	}
}
