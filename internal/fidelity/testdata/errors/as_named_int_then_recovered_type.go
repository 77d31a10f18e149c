package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func fail() error { return fmt.Errorf("w: %w", Code(4)) }

func main() {
	var cc Code
	fmt.Println(errors.As(fail(), &cc), cc)
	r := func() (r any) {
		defer func() { r = recover() }()
		var m map[int]int
		m[0] = 1
		return
	}()
	fmt.Printf("%T %v\n", r, r)
	r2 := func() (r any) {
		defer func() { r = recover() }()
		panic(Code(5))
	}()
	fmt.Printf("%T %v\n", r2, r2)
}
