// A deferred call of a method expression of a variadic method, with a
// spread, with values, or with none (the variadic parameter then nil): the
// receiver and values are taken at the defer statement.
package main

import "fmt"

type Shower struct{ prefix string }

func (s Shower) Show(tag string, xs ...any) {
	fmt.Println(s.prefix, tag, xs, xs == nil)
}

func (s *Shower) Set(p string) { s.prefix = p }

func (s *Shower) Log(tag string, xs ...int) {
	fmt.Println(s.prefix, tag, xs, xs == nil)
}

func main() {
	xs := []any{1, "a"}
	sh := Shower{"S"}
	defer Shower.Show(sh, "spread", xs...)
	defer Shower.Show(sh, "values", 1, 2)
	defer Shower.Show(sh, "none")
	defer (Shower).Show(sh, "paren", xs...)
	defer (*Shower).Log(&sh, "ptr")
	defer (*Shower).Log(&sh, "ptr values", 3, 4)
	defer (*Shower).Set(&sh, "Q")
	defer Shower.Show(Shower{"lit"}, "literal")
	defer Shower{"lit2"}.Show("literal method")
	xs[0] = "changed"
	sh.prefix = "T"
}
