// Structs and arrays with interface fields compared with == and
// reflect.DeepEqual, as table tests compare what they got with what
// they wanted.
package main

import (
	"errors"
	"fmt"
	"reflect"
)

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type Labeled struct {
	Label string
	Shape Shape
}

type Event struct {
	Name    string
	Payload any
	Err     error
}

type Grid [2]Shape

type Tree struct {
	Value any
	Kids  []*Tree
}

var errBoom = errors.New("boom")

func main() {
	a, b := Labeled{"x", Square{2}}, Labeled{"x", Square{2}}
	fmt.Println(a == b, a != b, a == Labeled{"x", Square{3}}, a == Labeled{"y", Square{2}})
	c := &Circle{1}
	fmt.Println(Labeled{"c", c} == Labeled{"c", c}, Labeled{"c", c} == Labeled{"c", &Circle{1}})
	fmt.Println(Labeled{} == Labeled{}, a == Labeled{"x", nil})

	e1 := Event{"start", Square{1}, nil}
	e2 := Event{"start", Square{1}, nil}
	fmt.Println(e1 == e2, e1 == Event{"start", 1.0, nil}, Event{"e", 1, errBoom} == Event{"e", 1, errBoom})

	g1, g2 := Grid{Square{1}, c}, Grid{Square{1}, c}
	fmt.Println(g1 == g2, g1 == Grid{Square{1}})

	fmt.Println(reflect.DeepEqual(a, b), reflect.DeepEqual(a, Labeled{"x", Square{1}}))
	fmt.Println(reflect.DeepEqual([]Shape{Square{1}, &Circle{2}}, []Shape{Square{1}, &Circle{2}}))
	fmt.Println(reflect.DeepEqual([]Shape{Square{1}}, []Shape{&Circle{1}}))
	fmt.Println(reflect.DeepEqual(map[string]Shape{"a": Square{1}}, map[string]Shape{"a": Square{1}}))
	var x, y any = Square{4}, Square{4}
	fmt.Println(reflect.DeepEqual(x, y), reflect.DeepEqual(x, Square{4}), reflect.DeepEqual(x, Circle{4}))
	t1 := &Tree{Value: "root", Kids: []*Tree{{Value: Square{1}}, {Value: 2}}}
	t2 := &Tree{Value: "root", Kids: []*Tree{{Value: Square{1}}, {Value: 2}}}
	fmt.Println(reflect.DeepEqual(t1, t2))
	t2.Kids[1].Value = 3
	fmt.Println(reflect.DeepEqual(t1, t2))
	type testCase struct {
		in   string
		want Shape
	}
	for _, tc := range []testCase{{"sq", Square{2}}, {"ci", &Circle{1}}} {
		var got Shape = Square{2}
		if tc.in == "ci" {
			got = &Circle{1}
		}
		fmt.Println(tc.in, reflect.DeepEqual(got, tc.want), got == tc.want)
	}

	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(Event{"s", []int{1}, nil} == Event{"s", []int{1}, nil})
}
