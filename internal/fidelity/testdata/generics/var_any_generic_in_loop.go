package main

import (
	"errors"
	"fmt"
)

type Lvl int

func (l Lvl) String() string { return fmt.Sprint("L", int(l)) }

type Rec struct{ n int }

func (r Rec) String() string { return fmt.Sprint("R", r.n) }

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Ptr[T any](v T) *T { return &v }

func main() {
	var a, b, c, d []any
	for _, i := range []int{0, 1, 2} {
		var x any = Must(Lvl(i), nil)
		a = append(a, x)
		var y any = Ptr(Lvl(i))
		b = append(b, y)
		var z any = Must(Rec{i}, nil)
		c = append(c, z)
		var e any = Must[error](errors.New(fmt.Sprint("e", i)), nil)
		d = append(d, e)
	}
	fmt.Println(a...)
	fmt.Println(*b[0].(*Lvl), *b[1].(*Lvl), *b[2].(*Lvl))
	fmt.Println(c...)
	fmt.Println(d...)
	i := 0
	var out []any
	for i < 2 {
		var x any = Must(Lvl(i+5), nil)
		out = append(out, x)
		i++
	}
	fmt.Println(out...)
}
