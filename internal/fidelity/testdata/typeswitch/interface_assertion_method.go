package main

import "fmt"

type Speaker interface{ Speak() string }
type Duck struct{}

func (Duck) Speak() string { return "quack" }

type Rock struct{}

func main() {
	for _, v := range []any{Duck{}, Rock{}, 5} {
		if s, ok := v.(Speaker); ok {
			fmt.Println(s.Speak())
		} else {
			fmt.Printf("%T cannot speak\n", v)
		}
	}
}
