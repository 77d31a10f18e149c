package main

import (
	"encoding/json"
	"fmt"
)

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s }

type Holder struct {
	Name string
	S    Shape
}

func get() Shape { return nil }

func main() {
	var sh Shape
	var e error
	var st fmt.Stringer
	var a, b, c, d any = sh, e, st, nil
	fmt.Println(a == d, b == d, c == d, a == b)
	xs := []any{sh, get(), nil}
	fmt.Println(xs[0] == xs[2], xs[1] == nil, xs)
	m := map[any]int{a: 1}
	fmt.Println(m[nil], len(m))
	j, _ := json.Marshal(Holder{Name: "h"})
	fmt.Println(string(j))
	fmt.Printf("%v %+v\n", Holder{}, Holder{})
	var k any = sh
	fmt.Println(k, any(sh) == any(e))
	fmt.Println(Sq{1}.Area())
}
