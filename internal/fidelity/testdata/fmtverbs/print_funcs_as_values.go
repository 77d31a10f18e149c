// fmt's printing functions held in variables, a table and parameters, and a
// variadic logging wrapper: values with String and Error methods print by
// their methods, pointers to them too, and %T names the types.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

type Temp struct{ deg int }

func (t *Temp) String() string { return fmt.Sprintf("%d°", t.deg) }

type NotFound struct{ key string }

func (e NotFound) Error() string { return "not found: " + e.key }

type Point struct{ X, Y int }

var show = fmt.Sprint

func logf(format string, args ...any) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func apply(f func(...any) string, vals ...any) string { return f(vals...) }

func leave() {
	p := fmt.Println
	defer p("leaving", Color(0))
	fmt.Println("in leave")
}

func main() {
	p := fmt.Println
	defer p("deferred", Color(1))
	p(Color(1), &Temp{20}, NotFound{"cfg"}, Point{1, 2})
	leave()
	fmt.Println(show(Color(0), " ", []*Temp{{5}, {6}}))
	fmt.Println(apply(fmt.Sprint, map[string]Color{"a": 1}))
	logf("%v %s %d %T", Color(1), &Temp{7}, Color(1), Point{})
	logf("%v %+v %T", NotFound{"x"}, Point{3, 4}, []*Temp{})
	var err error = NotFound{"y"}
	logf("%v, is NotFound: %t", err, errors.As(err, new(NotFound)))
	printers := map[string]func(...any) (int, error){"out": fmt.Println}
	printers["out"](strings.ToUpper("table"), Color(0))
	var b strings.Builder
	fp := fmt.Fprintf
	fp(&b, "%v|%T", &Temp{9}, Color(1))
	fmt.Println(b.String())
	var out io.Writer = os.Stdout
	fpl := fmt.Fprintln
	fpl(out, Color(1), Point{5, 6})
}
