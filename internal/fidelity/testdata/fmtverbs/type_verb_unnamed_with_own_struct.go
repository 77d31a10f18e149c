// %T of a value of an unnamed struct type holding a struct type of the
// program's, held in an any.
package main

import "fmt"

type T struct{ A int }

func kind(v any) string { return fmt.Sprintf("%T", v) }

func main() {
	v := struct {
		name string
		t    T
		Tags []string `json:"tags"`
	}{"one", T{1}, nil}
	fmt.Printf("%T\n", any(v))
	fmt.Println(kind(v), kind(&v), kind([]struct{ p *T }{}))
}
