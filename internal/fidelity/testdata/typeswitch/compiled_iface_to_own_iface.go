// A value of a named type that is not a struct, held in a compiled
// interface, asserted to an interface the program declares (or writes in
// place).
package main

import (
	"fmt"
	"io"
	"sort"
)

type Lvl int

func (l Lvl) String() string { return "lvl" }
func (l Lvl) Level() int     { return int(l) }

type Names []string

func (n Names) Len() int           { return len(n) }
func (n Names) Less(i, j int) bool { return n[i] < n[j] }
func (n Names) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }
func (n Names) First() string      { return n[0] }

type Msg string

func (m Msg) Read(p []byte) (int, error) { return copy(p, m), io.EOF }
func (m Msg) Size() int                  { return len(m) }

type leveler interface{ Level() int }

func main() {
	var s fmt.Stringer = Lvl(3)
	if l, ok := s.(leveler); ok {
		fmt.Println("Lvl leveler", l.Level())
	} else {
		fmt.Println("Lvl: not leveler")
	}
	var si sort.Interface = Names{"b", "a"}
	sort.Sort(si)
	if f, ok := si.(interface{ First() string }); ok {
		fmt.Println("first", f.First())
	} else {
		fmt.Println("Names: no First")
	}
	var r io.Reader = Msg("abc")
	if z, ok := r.(interface{ Size() int }); ok {
		fmt.Println("size", z.Size())
	} else {
		fmt.Println("Msg: no Size")
	}
	var a any = s
	if l, ok := a.(leveler); ok {
		fmt.Println("via any", l.Level())
	}
}
