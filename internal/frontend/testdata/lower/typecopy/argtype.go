// A generic type with methods among the type arguments of a type written
// out (the Box of a Bag[Box[Color]], Bag written out for handing []T to
// fmt) is written out too: left generic, its String ended at run time.
package main

import "fmt"

type Color int

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.V) }

type Bag[T any] struct{ Items []T }

func (b Bag[T]) Dump() { fmt.Println(b.Items) }

func (b Bag[T]) Show() string { return fmt.Sprint(b.Items) }

func main() {
	fmt.Println(Box[Color]{1})
	b := Bag[Box[Color]]{[]Box[Color]{{2}, {3}}}
	b.Dump()
	fmt.Println(b.Show(), Box[string]{"s"}, Box[int]{4})
	var s fmt.Stringer = Box[Color]{5}
	fmt.Printf("%v\n", s)
}

// Output:
// Box(1)
// [Box(2) Box(3)]
// [Box(2) Box(3)] Box(s) Box(4)
// Box(5)
