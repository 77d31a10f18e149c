package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Celsius float64
type Tags []string
type Handler func(int) int

type Temp interface{ Kelvin() float64 }

func (c Celsius) Kelvin() float64 { return float64(c) + 273.15 }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case float64:
		return "float " + strconv.FormatFloat(x, 'g', -1, 64)
	case Temp:
		return fmt.Sprintf("temp %.2fK", x.Kelvin())
	case Tags:
		return fmt.Sprintf("tags %d", len(x))
	case []string:
		return fmt.Sprintf("strings %v", x)
	case Handler:
		return fmt.Sprintf("handler(2)=%d", x(2))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case map[string]int:
		return fmt.Sprintf("map of %d", len(x))
	case struct{ X, Y int }:
		return fmt.Sprintf("point %d,%d", x.X, x.Y)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []any{
		nil, 3, int64(4), 2.5, Celsius(20), Tags{"a", "b"}, []string{"x"},
		Handler(func(n int) int { return n * 10 }), errors.New("bad"),
		map[string]int{"a": 1}, struct{ X, Y int }{1, 2}, true, 'r', [2]int{},
	}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var t Temp = Celsius(-273.15)
	if c, ok := t.(Celsius); ok {
		fmt.Println("celsius", float64(c), t.Kelvin())
	}
	var e error
	fmt.Println(describe(e))
}
