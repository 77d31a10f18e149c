package main

import (
	"fmt"
	"strings"
)

type Dog struct{ N string }

func (d Dog) String() string { return "dog " + d.N }
func (d Dog) Speak() string  { return "woof " + d.N }

type Num int

func (n Num) String() string { return strings.Repeat("*", int(n)) }

type Speaker interface{ Speak() string }

type Both interface {
	Speaker
	fmt.Stringer
}

func try(f func() string) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered: ", r)
		}
	}()
	return f()
}

// Explicit conversions to interfaces with methods, used at once.
func main() {
	d := Dog{"a"}
	fmt.Println(Speaker(d).Speak(), Speaker(&d).Speak(), fmt.Stringer(d).String(), fmt.Stringer(Num(3)).String())
	fmt.Println(Speaker(d), Both(d), fmt.Stringer(d), any(d))
	fmt.Printf("%v %s %d\n", Both(d), fmt.Stringer(Num(2)), Num(2))
	fmt.Println(try(func() string { return Speaker(d).Speak() }))
	fmt.Println(fmt.Sprint(Both(d)), len([]Speaker{Speaker(d), Both(d)}))
}
