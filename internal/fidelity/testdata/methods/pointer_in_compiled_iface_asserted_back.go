// Values of your types handed around as fmt.Stringer and io.Reader, put in
// a []any by a generic-free helper, and taken back out by assertions.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Person struct{ Name string }

func (p *Person) String() string { return "P:" + p.Name }

type upper struct{ r io.Reader }

func (u *upper) Read(b []byte) (int, error) {
	n, err := u.r.Read(b)
	copy(b, strings.ToUpper(string(b[:n])))
	return n, err
}

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

func collect(vs ...any) []any { return vs }

func main() {
	var s fmt.Stringer = &Person{"ann"}
	var rd io.Reader = &upper{strings.NewReader("quiet")}
	var lv fmt.Stringer = Level(1)
	items := collect(s, rd, lv, "plain")
	for _, it := range items {
		switch v := it.(type) {
		case *Person:
			fmt.Println("person", v.Name)
		case *upper:
			data, _ := io.ReadAll(v)
			fmt.Println("reader", string(data))
		case Level:
			fmt.Println("level", int(v), v)
		default:
			fmt.Println("other", v)
		}
	}
	if p, ok := items[0].(*Person); ok {
		p.Name = "bob"
	}
	fmt.Println(s)
	l, ok := items[2].(Level)
	fmt.Println(l, ok)
	_, ok = items[3].(*Person)
	fmt.Println(ok)
}
