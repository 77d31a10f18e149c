package main

import (
	"errors"
	"fmt"
)

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

type P struct{ X int }

func Id[T any](v T) T { return v }

func Ptr[T any](v T) *T { return &v }

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

var pkg any = Id(Level(1))

var pkgs, pkgt any = Id(Level(2)), Id("s")

func main() {
	var a any = Id(P{3})
	var b interface{} = Ptr(Level(4))
	var c any = Must(Level(5), nil)
	var d any = Id[error](errors.New("e"))
	var e any = Id(1 < 2)
	var f, g any = Id(Level(6)), Id(7)
	fmt.Println(pkg, pkgs, pkgt, a, *(b.(*Level)), c, d, e, f, g)
}
