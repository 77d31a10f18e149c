// A slice, array or map of the program's interface type, handed to a
// function that takes any and prints or encodes it.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"strings"
)

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func (c *Circle) String() string { return fmt.Sprintf("circle(%g)", c.R) }

type Named interface{ Name() string }

type Tag string

func (t Tag) Name() string { return strings.ToUpper(string(t)) }

func (t Tag) String() string { return "#" + string(t) }

func show(label string, v any) {
	fmt.Println(label, v)
	fmt.Printf("%s %v|%+v\n", label, v, v)
	fmt.Print(label, " ", v, "\n")
	log.Println(label, v)
}

func encode(v any) {
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	shapes := []Shape{Square{2}, &Circle{1}, nil}
	show("slice", shapes)
	show("array", [2]Shape{Square{3}})
	show("map", map[string]Shape{"a": Square{1}, "b": nil})
	show("named", []Named{Tag("x"), Tag("y")})
	show("nested", [][]Shape{{Square{1}}, {}})
	show("in any", []any{shapes[:1], map[string]Named{"k": Tag("z")}})
	encode(shapes)
	encode(map[string]Shape{"sq": Square{4}})
	encode([]Named{Tag("j")})
	s := fmt.Sprint(any(shapes))
	fmt.Println(len(s) > 0, strings.Contains(s, "circle(1)"))
}
