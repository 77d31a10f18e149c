package main

import "fmt"

type Name struct{ s string }

func (n Name) Upper() string { return "<" + n.s + ">" }

func boxAll[T any](xs []T) []any {
	var out []any
	for _, x := range xs {
		out = append(out, x)
	}
	return out
}

type Upper interface{ Upper() string }

func uppers[T Upper](xs []T) []Upper {
	var out []Upper
	for _, x := range xs {
		out = append(out, x)
	}
	return out
}

func main() {
	ns := []Name{{"ann"}, {"bob"}}
	b := boxAll(ns)
	fmt.Println(b[0].(Name).s, b[1].(Name).s)
	u := uppers(ns)
	fmt.Println(u[0].Upper(), u[1].Upper())
}
