package main

import "fmt"

// describe reports whether v holds a T, whatever T is.
func describe[T any](v any) string {
	switch v.(type) {
	case T:
		return "a T"
	case int:
		return "an int"
	}
	return "something else"
}

func main() {
	fmt.Println(describe[string]("go"), describe[string](1), describe[float64](true))
	fmt.Println(describe[any](1), describe[fmt.Stringer](1))
}
