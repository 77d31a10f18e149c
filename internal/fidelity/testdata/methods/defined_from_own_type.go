// A type defined by a type of the program's that has methods and is not a
// struct (a slice, a map, an int) has none of them, as in Go.
package main

import "fmt"

type Names []string

func (n Names) String() string { return "names" }

type N2 Names

type Counter map[string]int

func (c Counter) Inc(k string) { c[k]++ }

type Count2 Counter

type Level int

func (l Level) String() string { return "lvl" }

type L2 Level

func main() {
	fmt.Println(N2{"a"}, L2(3))
	c := Count2{}
	c["x"] = 2
	fmt.Println(c, len(c))
}
