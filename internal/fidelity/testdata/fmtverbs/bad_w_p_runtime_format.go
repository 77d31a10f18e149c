// %w and %p through a format not known before the call (a logging
// wrapper's): a bad verb names the type and prints the value, %p of a
// pointer, slice or map is its address.
package main

import "fmt"

type Pt struct{ X, Y int }

func logf(format string, args ...any) { fmt.Printf(format, args...) }

func logfs(format string, args ...any) string { return fmt.Sprintf(format, args...) }

func main() {
	p := &Pt{1, 2}
	var np *Pt
	s := []Pt{{1, 2}}
	m := map[string]Pt{"a": {}}
	logf("%w|%p\n", Pt{3, 4}, Pt{5, 6})
	a := fmt.Sprintf("%p", p) == logfs("%p", p)
	b := logfs("%p", np)
	c := fmt.Sprintf("%p", s) == logfs("%p", s)
	d := fmt.Sprintf("%p", m) == logfs("%p", m)
	fmt.Println(a, b, c, d, logfs("%p", [2]Pt{}))
	fmt.Println(logfs("%w", p), logfs("%w", s))
}
