package main

import "fmt"

type Tag string

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func describe(v any) string {
	switch v.(type) {
	case string:
		return "string"
	}
	return "other"
}

func main() {
	p := Pair[Tag, int]{"b", 2}
	fmt.Println(p, describe("hi"))
}
