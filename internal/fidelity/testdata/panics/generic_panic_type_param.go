// Generic code panicking with a value of its type parameter: the
// recovered value keeps its type and methods.
package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

type Pt struct{ X, Y int }

func must[T any](v T, err error) T {
	if err != nil {
		panic(v)
	}
	return v
}

func try[T any](v T) (r any) {
	defer func() { r = recover() }()
	must(v, errors.New("x"))
	return nil
}

func main() {
	fmt.Println(try(Code(3)), try(Pt{1, 2}), try("s"))
	r := try(Code(5))
	c, ok := r.(Code)
	fmt.Println(c, ok)
	fmt.Printf("%T %v\n", try(Code(6)), try(Pt{3, 4}))
}
