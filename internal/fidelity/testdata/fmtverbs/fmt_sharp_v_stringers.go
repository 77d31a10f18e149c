package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return "C" }

type Vec struct{ X, Y int }

func (v Vec) String() string { return "V" }

type PV struct{ A int }

func (p *PV) String() string { return "PV" }

type E struct{ Code int }

func (e E) Error() string { return "E" }

type G int

func (g G) GoString() string { return "G!" }
func (g G) String() string   { return "g" }

type Name string

func (n Name) String() string { return "N" }

func mk() Color { return 3 }

func main() {
	c := Color(2)
	fmt.Printf("%#v\n", c)
	fmt.Printf("%#v\n", mk())
	fmt.Printf("%#v\n", Vec{1, 2})
	fmt.Printf("%#v\n", &PV{1})
	fmt.Printf("%#v\n", E{4})
	fmt.Printf("%#v\n", &E{4})
	fmt.Printf("%#v %v\n", G(1), G(1))
	fmt.Printf("%#v %+v\n", Name("x"), Name("x"))
	fmt.Printf("%#v\n", []Color{1, 2})
	var err error = E{5}
	fmt.Printf("%#v\n", err)
	fmt.Printf("%#v\n", errors.New("x"))
	var s fmt.Stringer = c
	_ = s
	fmt.Printf("%#x %#q %#s\n", c, Name("y"), Name("z"))
	fmt.Printf("%+v %+s\n", Vec{1, 2}, E{1})
	fmt.Printf("%#v\n", map[string]Color{"a": 1})
}
