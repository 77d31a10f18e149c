package main

import (
	"fmt"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type ValidationError struct {
	Field string
}

func (e ValidationError) Error() string { return "invalid " + e.Field }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func show(label string, v any) {
	fmt.Printf("%-8s %v\n", label+":", v)
}

func logAll(vals ...any) {
	var b strings.Builder
	for i, v := range vals {
		if i > 0 {
			b.WriteString(" | ")
		}
		fmt.Fprint(&b, v)
	}
	fmt.Println(b.String())
}

func main() {
	readings := []Temp{21.5, 19}
	show("slice", &readings)
	show("array", &[2]Temp{1, 2})
	show("map", &map[string]Temp{"kitchen": 22, "attic": 30.25})
	show("errors", &map[string]ValidationError{"name": {"name"}})
	show("points", &[]Point{{1, 2}, {3, 4}})
	show("struct", &struct {
		Where string
		T     Temp
	}{"porch", 12})

	readings = append(readings, 25)
	p := &readings
	show("grown", p)
	(*p)[0] = -3
	fmt.Println(p, len(*p))

	var none *[]Temp
	show("nil", none)

	logAll(&readings, &struct{ T Temp }{3}, "done")
	fmt.Printf("%s %+v\n", &readings, &struct{ T Temp }{4})
	items := []any{&readings, Temp(7)}
	fmt.Println(items[0], items[1])
}
