package main

import (
	"fmt"
	"strings"
)

func upper(s string) string { return strings.ToUpper(s) }

func count(s string) int { return len(s) }

func greet() { fmt.Println("hello") }

func pick(name string) func(string) string {
	if name == "upper" {
		return upper
	}
	return strings.TrimSpace
}

func run(h any, arg string) {
	switch f := h.(type) {
	case func(string) string:
		fmt.Println("string:", f(arg))
	case func(string) int:
		fmt.Println("int:", f(arg))
	case func():
		f()
	default:
		fmt.Printf("unknown handler %T\n", h)
	}
}

func main() {
	handlers := []any{upper, count, greet, 42}
	for _, h := range handlers {
		run(h, "go")
	}
	var h any = count
	if f, ok := h.(func(string) int); ok {
		fmt.Println(f("gopher"))
	}
	fmt.Println(pick("upper")("x"), pick("")(" y "))
}
