// %p of named slice, map, channel and function types with methods is
// the address of the value, as of the unnamed type: with a constant
// format, through an any, and through a format known only at run time.
package main

import "fmt"

type S []int

func (s S) String() string { return "S!" }

type M map[string]int

func (m M) String() string { return "M!" }

type C chan int

func (c C) String() string { return "C!" }

type F func()

func (f F) String() string { return "F!" }

type MapErr map[string]int

func (m MapErr) Error() string { return "map error" }

func logs(format string, args ...any) string { return fmt.Sprintf(format, args...) }

func main() {
	s := S{1, 2}
	fmt.Println(fmt.Sprintf("%p", s) == fmt.Sprintf("%p", &s[0]))
	m := M{"a": 1}
	m2 := m
	fmt.Println(fmt.Sprintf("%p", m) == fmt.Sprintf("%p", m2), fmt.Sprintf("%p", m) == logs("%p", m))
	c := make(C)
	fmt.Println(fmt.Sprintf("%p", c) == fmt.Sprintf("%p", (chan int)(c)))
	var nf F
	var nc C
	var ns S
	var nm M
	fmt.Printf("%p %p %p %p\n", nf, nc, ns, nm)
	fmt.Println(logs("%p", ns), logs("%p", nm), logs("%p", MapErr(nil)))
	var a any = nm
	fmt.Printf("%p\n", a)
	a = s
	fmt.Println(fmt.Sprintf("%p", a) == fmt.Sprintf("%p", s), logs("%p", a) == fmt.Sprintf("%p", s))
}
