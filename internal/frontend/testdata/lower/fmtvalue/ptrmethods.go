// A value whose type's String, Error, Format or GoString method has a
// pointer receiver: fmt calls none of them on the value, only on a
// pointer to it.
package main

import (
	"fmt"
	"strings"
)

type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

type Level int

func (l *Level) String() string { return "level" }

type Name string

func (n *Name) String() string { return "name" }

type Oops struct{ Code int }

func (o *Oops) Error() string { return "oops" }

func main() {
	tags := listFlag{"a", "b"}
	fmt.Println(tags, &tags)
	fmt.Printf("%v %s %d\n", tags, tags, tags)
	l := Level(2)
	fmt.Println(l, &l)
	fmt.Printf("%v %d %s\n", l, l, l)
	n := Name("x")
	fmt.Print(n, n, "\n")
	o := Oops{7}
	fmt.Println(o, &o)
	fmt.Printf("%+v\n", o)
}

// Output:
// [a b] a,b
// [a b] [a b] [%!d(string=a) %!d(string=b)]
// 2 level
// 2 2 %!s(main.Level=2)
// xx
// {7} oops
// {Code:7}
