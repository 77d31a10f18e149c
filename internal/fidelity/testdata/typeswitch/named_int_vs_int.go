package main

import "fmt"

type Weight int

func kind(v any) string {
	switch v.(type) {
	case int:
		return "int"
	case Weight:
		return "Weight"
	}
	return "other"
}

func main() {
	fmt.Println(kind(3), kind(Weight(3)), kind("x"))
}
