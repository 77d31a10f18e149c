// Values of the program's own, and values json or strings made, asserted
// and printed in a program that keeps a named float64 and a named slice
// type with methods in container/list.
package main

import (
	"container/list"
	"encoding/json"
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Names []string

func (n Names) Len() int { return len(n) }

type Lener interface{ Len() int }

func describe(v any) string {
	switch x := v.(type) {
	case Lener:
		return fmt.Sprint("lener ", x.Len())
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %v", x)
	}
}

func main() {
	l := list.New()
	l.PushBack(Celsius(2))
	l.PushBack(Names{"a"})
	fmt.Println(l.Len())

	var v any
	json.Unmarshal([]byte(`3.5`), &v)
	s, ok := v.(fmt.Stringer)
	fmt.Println(s, ok, v)

	var fields any = strings.Fields("a b c")
	_, ok = fields.(Lener)
	fmt.Println(ok, fields)

	pair := [2]any{strings.Split("x,y", ","), 21.5}
	fmt.Println(describe(pair[0]), describe(pair[1]), describe(Celsius(1)), describe(Names{"p", "q"}))
	fmt.Printf("%v %.2f\n", pair[1], pair[1])
}
