package main

import "fmt"

type Box[T any] struct {
	V T
}

type Wrapper[K comparable, V any] struct {
	M    map[K]V
	Tags []K
}

type Celsius float64

func main() {
	b := Box[int]{42}
	fmt.Printf("%v|%+v|%T\n", b, b, b)
	fmt.Printf("%#v\n", b)
	bs := Box[string]{"hi"}
	fmt.Printf("%v|%+v|%#v|%T\n", bs, bs, bs, bs)
	bp := &Box[[]int]{[]int{1, 2}}
	fmt.Printf("%v|%+v|%T\n", bp, bp, bp)
	bb := Box[Box[Celsius]]{Box[Celsius]{21.5}}
	fmt.Printf("%v|%+v|%T\n", bb, bb, bb)
	w := Wrapper[string, int]{M: map[string]int{"a": 1}, Tags: []string{"a"}}
	fmt.Printf("%v|%+v|%T\n", w, w, w)
	var ai any = Box[error]{}
	fmt.Printf("%v|%T\n", ai, ai)
	fmt.Printf("%T\n", []Box[int]{})
	fmt.Printf("%T\n", map[string]Box[bool]{})
	fmt.Printf("%T\n", func(Box[int]) Box[string] { return Box[string]{} })
	fmt.Printf("%T %v\n", Box[struct{ A int }]{}, Box[struct{ A int }]{})
	fmt.Println(fmt.Sprint(Box[int]{1}) == "{1}")
}
