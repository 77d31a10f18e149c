package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	var all []fmt.Stringer
	for _, c := range []Color{0, 1, 2} {
		all = append(all, c)
	}
	fmt.Println(all)
	for _, s := range all {
		fmt.Print(s.String(), " ")
	}
	fmt.Println()
}
