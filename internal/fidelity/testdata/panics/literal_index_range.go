// An index of a literal out of range (an enum's String over an array
// literal) panics with the index and the length, as Go's runtime says.
package main

import "fmt"

type L int

func (l L) String() string { return [...]string{"lo", "hi"}[l] }

func main() {
	fmt.Println(L(5))
	names := [...]string{"lo", "hi"}
	i := 5
	defer func() { fmt.Println(recover()) }()
	fmt.Println([]string{"a"}[i])
	_ = names
}
