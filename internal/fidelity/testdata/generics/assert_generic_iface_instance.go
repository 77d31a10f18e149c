// A value checked against instances of a generic interface.
package main

import "fmt"

type Getter[T any] interface{ Get() T }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func main() {
	var x any = Box[float64]{1.5}
	_, ok := x.(Getter[int])
	fmt.Println(ok)
	g, ok2 := x.(Getter[string])
	fmt.Println(ok2)
	if ok2 {
		fmt.Printf("%q\n", g.Get())
	}
	switch v := x.(type) {
	case Getter[int]:
		fmt.Println("int getter", v.Get()+1)
	case Getter[float64]:
		fmt.Println("float getter", v.Get())
	}
}
