// The results of a call passed on whole (return g(), f(g())), where
// they are converted to the receiving types: any, an interface of the
// program's, a named slice.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

type Ints []int

var errNotFound = errors.New("not found")

func find(name string) (int, error) {
	if name == "" {
		return 0, errNotFound
	}
	return len(name), nil
}

func findAny(name string) (any, error) { return find(name) }

func parse(s string) (Square, error) {
	f, err := strconv.ParseFloat(s, 64)
	return Square{f}, err
}

func parseShape(s string) (Shape, error) { return parse(s) }

func raw() ([]int, bool) { return []int{1, 2}, true }

func named() (Ints, bool) { return raw() }

func describe(s Shape, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	return fmt.Sprint("area ", s.Area())
}

func scaled(s Shape, k int) float64 { return s.Area() * float64(k) }

func withFactor(s string) (Shape, int) {
	sh, _ := parseShape(s)
	return sh, 3
}

type Catalog struct{ shapes map[string]Shape }

func (c Catalog) lookup(name string) (Shape, error) {
	s, ok := c.shapes[name]
	if !ok {
		return nil, fmt.Errorf("lookup %q: %w", name, errNotFound)
	}
	return s, nil
}

func (c Catalog) Report(s Shape, err error) string { return describe(s, err) }

func main() {
	v, err := findAny("")
	fmt.Println(v, err, errors.Is(err, errNotFound))
	fmt.Println(findAny("gopher"))
	s, err := parseShape("x")
	fmt.Println(s, err != nil)
	fmt.Println(parseShape("2"))
	fmt.Println(named())
	fmt.Println(describe(parseShape("3")))
	fmt.Println(describe(parseShape("three")))
	fmt.Println(scaled(withFactor("2")))
	c := Catalog{map[string]Shape{"sq": Square{4}}}
	fmt.Println(c.Report(c.lookup("sq")))
	fmt.Println(c.Report(c.lookup("circle")))
	out := describe(c.lookup("sq"))
	fmt.Println(len(out) > 0, out)
}
